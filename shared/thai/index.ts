export * from './baht';
export * from './dates';
export * from './digits';
export * from './fiscal';
export * from './national-id';
export * from './phone';
export * from './words';
