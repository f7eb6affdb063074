import { App } from 'aws-cdk-lib';
import { createConcentricStacks } from './concentric.js';

// Entry point for the CDK CLI (cdk.json: `npx tsx infra/app.ts`).
const app = new App();
createConcentricStacks(app);
app.synth();
