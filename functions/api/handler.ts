import { handle } from 'hono/aws-lambda';
import { app, observed } from '../../shared/composition/aws-app.js';
import { observedHandler } from '../../shared/composition/lambda-telemetry.js';

// The app's request middleware (shared/app/request-context.ts) sets the request ids.
export const handler = observedHandler(observed, handle(app), { handlerSetsRequestIds: true });
