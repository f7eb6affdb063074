import { handle } from 'hono/aws-lambda';
import { app } from '../../shared/composition/aws-app.js';

export const handler = handle(app);
