import type { IncomingMessage, ServerResponse } from 'node:http';
export declare function parseHeadersFile(text: string): (pathname: string) => Record<string, string>;
export declare function createStaticHandler(root: string): (req: IncomingMessage, res: ServerResponse) => Promise<void>;
