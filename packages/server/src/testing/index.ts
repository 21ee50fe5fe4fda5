export * from './test-database';
export * from './test-app';
export { totpCode } from '../platform/auth/totp';
