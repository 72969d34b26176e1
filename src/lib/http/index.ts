export * from './body';
export * from './json';
export * from './check-handler';
