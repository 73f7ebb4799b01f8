export * from './inquiries.ts';
