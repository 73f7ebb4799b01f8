export async function seedDemoData(..._args: unknown[]): Promise<{ role: string; email: string; password: string }[]> { throw new Error('seed not written yet'); }
