import { prepareTestTemplate } from './index.ts';

export default async function setup(): Promise<void> {
  await prepareTestTemplate();
}
