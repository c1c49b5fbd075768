/**
 * A path whose percent-encoding does not decode to UTF-8 (`/needs/%C3%28`,
 * `/s/%E4%B8`) names nothing: it is the client's mistake, answered 400 with a
 * short page in both languages before any route sees it.
 */
export function hasMalformedPath(pathname: string): boolean {
  for (const segment of pathname.split("/")) {
    try {
      decodeURIComponent(segment);
    } catch {
      return true;
    }
  }
  return false;
}

export const BAD_REQUEST_PAGE = `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>400 · 公益导航 Resource Navigator</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 36rem; margin: 4rem auto; padding: 0 1rem">
<h1>网址有误</h1><p>这个网址的编码无法识别，请检查链接是否完整。</p><p><a href="/">返回首页</a></p>
<div lang="en"><h2>This address is malformed</h2><p>Part of this address could not be decoded. Please check that the link is complete.</p><p><a href="/en">Back to the home page</a></p></div>
</body></html>
`;
