import { handle } from 'hono/aws-lambda';
import { app, observed } from '../../shared/composition/aws-app.js';
import { observedHandler } from '../../shared/composition/lambda-telemetry.js';

export const handler = observedHandler(observed, handle(app));
