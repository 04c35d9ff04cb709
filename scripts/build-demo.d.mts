export declare const DEMO_DIR: string;
export declare function buildDemo(): Promise<string>;
