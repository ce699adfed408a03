/** The hardening tests' HTTP helpers are the suite's shared ones. */
export * from '../support/http';
