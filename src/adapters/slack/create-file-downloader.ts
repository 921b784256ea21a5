import { readLimitedBody } from '../../core/index.js';

export interface FileDownloaderOptions {
  botToken: string;
  /** Origins besides Slack's own that may receive the token (the `SLACK_API_URL` proxy). */
  trustedOrigins: string[];
}

/**
 * Downloads a shared file with the bot token. The URL comes from an event payload, so the token
 * is only ever sent to Slack (or the configured API proxy), and the body is read with a byte
 * cap instead of trusting the declared size.
 */
export function createFileDownloader({ botToken, trustedOrigins }: FileDownloaderOptions) {
  return async function download(url: string, fileName: string, maxBytes: number): Promise<Uint8Array> {
    const target = new URL(url);
    const isSlack = target.protocol === 'https:' && (target.hostname === 'slack.com' || target.hostname.endsWith('.slack.com'));
    if (!isSlack && !trustedOrigins.includes(target.origin)) {
      throw new Error(`refusing to send the bot token to ${target.origin} for ${fileName}`);
    }
    const response = await fetch(target, { headers: { Authorization: `Bearer ${botToken}` } });
    if (!response.ok || !response.body) throw new Error(`downloading ${fileName} failed: HTTP ${response.status}`);
    return readLimitedBody(response, fileName, maxBytes);
  };
}
