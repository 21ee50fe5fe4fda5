import * as OTPAuth from 'otpauth';

/**
 * TOTP codes as an authenticator app would compute them. The server refuses a code already used, so
 * `next` waits for a new 30-second window when the current code was the last one spent.
 */
export class Authenticator {
  private readonly totp: OTPAuth.TOTP;
  private lastUsed: string | null = null;

  constructor(secret: string) {
    this.totp = new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(secret.replace(/\s+/g, '')), digits: 6, period: 30 });
  }

  async next(): Promise<string> {
    let code = this.totp.generate();
    while (code === this.lastUsed) {
      await new Promise((r) => setTimeout(r, 1000));
      code = this.totp.generate();
    }
    this.lastUsed = code;
    return code;
  }
}
