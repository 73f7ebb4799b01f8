/** drizzle-orm's query operators, re-exported so every package uses this one instance. */
export * from 'drizzle-orm';
