/** One HTTP header as Chrome's webRequest reports it. */
export interface HttpHeader {
  name: string;
  value: string;
  /** Set when the stored value was cut to keep session storage bounded (see `boundHeaders`). */
  truncated?: boolean;
  /**
   * Set for a cookie header, whose value is never kept (no check reads it): the UTF-8 length the
   * value had. `value` is then empty.
   */
  omittedBytes?: number;
}

/** What the URL of a request tells about the API Gateway API it targets. */
export interface ApiGatewayTarget {
  /** e.g. `a1b2c3d4e5.execute-api.eu-west-1.amazonaws.com` */
  host: string;
  /** e.g. `a1b2c3d4e5` */
  apiId: string;
  /** e.g. `eu-west-1`, `cn-north-1` */
  region: string;
  /** `aws-cn` for `.amazonaws.com.cn` hosts. */
  partition: 'aws' | 'aws-cn';
  /**
   * First path segment, which is the stage on REST APIs and on HTTP APIs with named stages.
   * Undefined when the URL has no path (an HTTP API `$default` stage cannot be told apart from
   * a named one by the URL alone, so this is a best guess that configuration can correct).
   */
  stage?: string;
  /** The path after the stage, always starting with `/`. */
  resourcePath: string;
  /** The URL's whole path, as sent. */
  path: string;
  /**
   * Set for a call to a custom domain name (`api.example.com`), recognised by API Gateway's own
   * response headers (CHECKS.md "Custom domain names"). Until a base path mapping names them,
   * `apiId` and `region` are `''` and `stage` is undefined; once one did (`mapCustomDomain`,
   * at display time), they are filled in and `basePath` says which mapping matched.
   */
  customDomain?: { basePath?: string };
}

/**
 * A request to an API Gateway host that was answered 401 (or one of the 403s and 500s of CHECKS.md
 * "Beyond the 401"), as captured by the service worker.
 * This is the input of every check (see CHECKS.md, "A captured call").
 */
export interface CapturedCall {
  /** Unique id of this capture (stable across worker restarts). */
  id: string;
  /** Chrome's requestId; unique only within one browser session. */
  requestId: string;
  /** Tab that made the request; -1 when no tab did (a page's service worker, another extension). */
  tabId: number;
  url: string;
  method: string;
  /** When the request was sent (ms since epoch, Chrome's `timeStamp`): checks use this, never "now". */
  requestTime: number;
  /** When the response headers arrived (ms since epoch). */
  responseTime: number;
  statusCode: number;
  statusLine: string;
  /** Origin of the document or worker that made the request, when Chrome reports one. */
  initiator?: string;
  /** Chrome's resource type: `xmlhttprequest` for fetch/XHR, `other` for a preflight, … */
  resourceType?: string;
  /**
   * Request headers as sent. Undefined when Chrome never reported them (the request-headers event
   * was missed): checks that need them say so rather than guessing.
   */
  requestHeaders?: HttpHeader[];
  responseHeaders: HttpHeader[];
  api: ApiGatewayTarget;
  /**
   * Bodies exist only where DevTools recorded them (a HAR, the DevTools panel): Chrome's webRequest
   * reports none, so a call captured by the worker never has these.
   */
  requestBody?: CapturedBody;
  responseBody?: CapturedBody;
}

/** A request or response body, cut to a bounded length (see `src/core/har/capturedBody.ts`). */
export interface CapturedBody {
  mimeType: string;
  /** The body as text (base64 bodies of a textual type decoded); absent for binary bodies. */
  text?: string;
  /** Set when `text` holds only the start of the body. */
  truncated?: boolean;
  /** The body's length in bytes as recorded, when known. */
  size?: number;
}
