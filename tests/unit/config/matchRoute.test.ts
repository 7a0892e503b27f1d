import { describe, expect, test } from 'vitest';
import {
  compareTemplateSpecificity,
  matchResourcePath,
  resolveMethod,
} from '../../../src/core/config/matchRoute';
import type { MethodAuthorization } from '../../../src/core/config/model';

describe('matchResourcePath', () => {
  test.each([
    ['/orders/{id}', '/orders/42', true],
    ['/orders/{id}', '/orders', false],
    ['/orders/{id}', '/orders/42/items', false],
    ['/orders/{id}', '/orders//', false],
    ['/orders', '/orders', true],
    ['/orders', '/Orders', false],
    ['/', '/', true],
    ['/', '', true],
    ['/', '/orders', false],
    // Greedy: one segment or more, never none.
    ['/{proxy+}', '/a/b/c', true],
    ['/{proxy+}', '/a', true],
    ['/{proxy+}', '/', false],
    ['/admin/{proxy+}', '/admin', false],
    ['/admin/{proxy+}', '/admin/users/7', true],
    ['/admin/{proxy+}', '/administrator/x', false],
    // One trailing slash is ignored, as API Gateway does.
    ['/orders', '/orders/', true],
    ['/orders/{id}', '/orders/42/', true],
    ['/orders/', '/orders', true],
    // Query and fragment are not part of the path.
    ['/orders', '/orders?limit=5', true],
    // Percent-encoding: decoded for literals, kept inside one segment for variables.
    ['/café', '/caf%C3%A9', true],
    ['/orders/{id}', '/orders/a%2Fb', true],
    ['/files/{name}', '/files/report%20Q1.pdf', true],
    ['/orders/{id}', '/orders/%E0%A4%A', true],
    ['/caf%C3%A9', '/café', true],
    // The HTTP API catch-all.
    ['$default', '/anything/at/all', true],
    ['$default', '/', true],
  ])('%s matches %s: %s', (template, path, expected) => {
    expect(matchResourcePath(template, path)).toBe(expected);
  });
});

describe('compareTemplateSpecificity', () => {
  test.each([
    ['/orders/new', '/orders/{id}'],
    ['/orders/{id}', '/orders/{proxy+}'],
    ['/orders/{proxy+}', '/{proxy+}'],
    ['/{a}/b', '/{a}/{b}'],
    ['/{proxy+}', '$default'],
  ])('%s is more specific than %s', (a, b) => {
    expect(compareTemplateSpecificity(a, b)).toBeLessThan(0);
    expect(compareTemplateSpecificity(b, a)).toBeGreaterThan(0);
  });

  test.each([
    ['/orders/{id}', '/orders/{id}'],
    ['/orders/{id}', '/orders/{orderId}'],
  ])('%s ties with %s', (a, b) => {
    expect(compareTemplateSpecificity(a, b) === 0).toBe(true);
  });
});

const entry = (method: string, path: string, scopes: string[] = []): MethodAuthorization => ({
  method,
  path,
  authorizationType: 'COGNITO_USER_POOLS',
  scopes,
});

describe('resolveMethod', () => {
  // AWS's own example (http-api-develop-routes.html, "Routing API requests"), plus REST-style entries.
  const methods = [
    entry('ANY', '/{proxy+}'),
    entry('GET', '/pets/{proxy+}'),
    entry('GET', '/pets/dog/{id}'),
    entry('GET', '/pets/dog/1'),
    entry('ANY', '/orders'),
    entry('GET', '/orders'),
    entry('OPTIONS', '/orders'),
    entry('ANY', '$default'),
  ];

  test.each([
    ['GET', '/pets/dog/1', 'GET /pets/dog/1'],
    ['GET', '/pets/dog/2', 'GET /pets/dog/{id}'],
    ['GET', '/pets/cat/1', 'GET /pets/{proxy+}'],
    ['POST', '/pets/cat/1', 'ANY /{proxy+}'],
    ['GET', '/orders', 'GET /orders'],
    ['get', '/orders/', 'GET /orders'],
    ['DELETE', '/orders', 'ANY /orders'],
    ['OPTIONS', '/orders', 'OPTIONS /orders'],
    ['GET', '/', 'ANY $default'],
    ['PATCH', '/anything/else', 'ANY /{proxy+}'],
  ])('%s %s uses %s', (method, path, expected) => {
    const resolved = resolveMethod(methods, method, path);
    expect(resolved === undefined ? undefined : `${resolved.method} ${resolved.path}`).toBe(expected);
  });

  test('the order of entries does not matter', () => {
    expect(resolveMethod([...methods].reverse(), 'GET', '/pets/dog/2')?.path).toBe('/pets/dog/{id}');
    expect(resolveMethod([...methods].reverse(), 'GET', '/orders')?.method).toBe('GET');
  });

  test.each([
    [[entry('GET', '/orders')], 'POST', '/orders'],
    [[entry('GET', '/orders/{id}')], 'GET', '/orders'],
    [[], 'GET', '/orders'],
  ])('no entry applies: %j %s %s', (entries, method, path) => {
    expect(resolveMethod(entries, method, path)).toBeUndefined();
  });
});
