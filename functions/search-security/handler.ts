import { request } from 'node:https';
import type { CloudFormationCustomResourceEvent, Context } from 'aws-lambda';
import { createOpenSearchClient } from '../../shared/adapters/opensearch/client.js';
import { tracerSubsegments } from '../../shared/adapters/telemetry/tracing.js';
import { lambdaTelemetry, observedHandler } from '../../shared/composition/lambda-telemetry.js';
import {
  applyConfig,
  type CustomResourceResponse,
  handleEvent,
  physicalResourceId,
  type SearchSecurityConfig,
} from './apply.js';

/**
 * CloudFormation custom resource (stateful stack): applies the OpenSearch security roles, their
 * mappings to the function roles, the audit log configuration and the slow-log index template,
 * signed with SigV4 as this function's role, which is the domain's master user. Runs in the VPC
 * (the domain has no public endpoint) and answers CloudFormation's pre-signed S3 URL through the
 * VPC's S3 gateway endpoint.
 */
const observed = lambdaTelemetry(process.env.POWERTOOLS_SERVICE_NAME ?? 'concentric-search-security');

export const handler = observedHandler(
  observed,
  async (event: CloudFormationCustomResourceEvent, context: Context) => {
    const deadline = Math.max(context.getRemainingTimeInMillis() - 5_000, 1_000);
    const work = handleEvent(event, (endpoint, config) => apply(endpoint, config));
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<CustomResourceResponse>((resolve) => {
      timer = setTimeout(
        () =>
          resolve({
            Status: 'FAILED',
            Reason: `Timed out after ${deadline} ms applying the OpenSearch security configuration`,
            PhysicalResourceId: physicalResourceId(event),
            StackId: event.StackId,
            RequestId: event.RequestId,
            LogicalResourceId: event.LogicalResourceId,
          }),
        deadline,
      );
    });
    const response = await Promise.race([work, timeout]);
    clearTimeout(timer);
    observed.telemetry.log[response.Status === 'SUCCESS' ? 'info' : 'error']('search security', {
      requestType: event.RequestType,
      status: response.Status,
      reason: response.Reason,
      data: response.Data,
    });
    await sendResponse(event.ResponseURL, response);
  },
);

async function apply(endpoint: string, config: SearchSecurityConfig): Promise<number> {
  const client = createOpenSearchClient({
    endpoint,
    region: process.env.AWS_REGION ?? 'eu-west-1',
    requestTimeoutMs: 20_000,
    subsegments: tracerSubsegments(observed.tracer),
  });
  try {
    return await applyConfig(async ({ method, path, body }) => {
      const response = await client.transport.request(
        { method, path, body: body as Record<string, unknown> },
        { ignore: [400, 401, 403, 404, 409, 500] },
      );
      return { statusCode: response.statusCode, body: response.body };
    }, config);
  } finally {
    await client.close();
  }
}

/** PUT to the pre-signed URL; the signature covers no content type, so none is sent. */
function sendResponse(url: string, response: CustomResourceResponse): Promise<void> {
  const body = JSON.stringify(response);
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      { method: 'PUT', headers: { 'content-type': '', 'content-length': Buffer.byteLength(body) } },
      (res) => {
        res.resume();
        res.on('end', () =>
          res.statusCode && res.statusCode < 300
            ? resolve()
            : reject(new Error(`CloudFormation response upload answered ${res.statusCode}`)),
        );
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}
