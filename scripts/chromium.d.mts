import type { Browser, BrowserServer, LaunchOptions, LaunchServerOptions } from 'playwright-core';
export declare const CHROMIUM_ARGS: string[];
export declare function chromiumPath(): string;
export declare function launchChromium(options?: LaunchOptions): Promise<Browser>;
export declare function launchChromiumServer(options?: LaunchServerOptions): Promise<BrowserServer>;
