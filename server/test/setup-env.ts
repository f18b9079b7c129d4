// Integration tests run with TZ=UTC (npm test sets it) and quiet logs unless LOG_LEVEL says otherwise.
process.env.LOG_LEVEL ??= 'silent';
