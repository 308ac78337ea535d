import { createHash } from 'node:crypto';
import { presignGet, signatureOf } from '../../cloudfunctions/platform/s3-files';

/**
 * AWS's published SigV4 examples for S3 (the same key, bucket, object and date must give the documented
 * signatures): the presigned GET of "Using Query Parameters" and the header-signed GET of "Transferring
 * Payload in a Single Chunk", which takes the same path as the adapter's PUT.
 */
const EXAMPLE = { region: 'us-east-1', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY' };
test('a presigned GET matches the signature AWS documents for its example', () => {
  const url = presignGet(
    {
      endpoint: 'https://s3.amazonaws.com',
      region: 'us-east-1',
      bucket: 'examplebucket',
      accessKeyId: 'AKIAIOSFODNN7EXAMPLE',
      secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
      pathStyle: false,
    },
    'test.txt',
    Date.UTC(2013, 4, 24),
    86400,
  );
  expect(url).toBe(
    'https://examplebucket.s3.amazonaws.com/test.txt?X-Amz-Algorithm=AWS4-HMAC-SHA256' +
      '&X-Amz-Credential=AKIAIOSFODNN7EXAMPLE%2F20130524%2Fus-east-1%2Fs3%2Faws4_request' +
      '&X-Amz-Date=20130524T000000Z&X-Amz-Expires=86400&X-Amz-SignedHeaders=host' +
      '&X-Amz-Signature=aeeed9bbccd4d02ee5c0109b86d86835f995330da4c265957d157751f604d404',
  );
});

test('a header-signed request matches the signature AWS documents for its example', () => {
  const emptyHash = createHash('sha256').update('').digest('hex');
  const { signature, scope, signedHeaders } = signatureOf(EXAMPLE, {
    method: 'GET',
    url: new URL('https://examplebucket.s3.amazonaws.com/test.txt'),
    headers: { range: 'bytes=0-9', 'x-amz-content-sha256': emptyHash, 'x-amz-date': '20130524T000000Z' },
    query: {},
    payloadHash: emptyHash,
    amzDate: '20130524T000000Z',
    day: '20130524',
  });
  expect(scope).toBe('20130524/us-east-1/s3/aws4_request');
  expect(signedHeaders).toBe('host;range;x-amz-content-sha256;x-amz-date');
  expect(signature).toBe('f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41');
});
