import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { getMessages } from "@/lib/i18n";
import "./globals.css";

export const metadata: Metadata = { title: "404 · 公益导航 Resource Navigator" };

// Unmatched URLs have no locale yet, so this page speaks both languages.
export default async function GlobalNotFound() {
  // Rendered per request, so that its scripts carry the request's CSP nonce.
  await connection();
  const zh = getMessages("zh").errors;
  const en = getMessages("en").errors;
  return (
    <html lang="zh-CN">
      <body className="font-sans">
        <main className="mx-auto max-w-xl px-4 py-16">
          <h1 className="text-2xl font-semibold">{zh.notFoundTitle}</h1>
          <p className="mt-2 text-stone-700">{zh.notFoundBody}</p>
          <Link href="/" className="mt-2 inline-block text-brand-700 underline">
            {zh.backHome}
          </Link>
          <div lang="en" className="mt-10">
            <h2 className="text-xl font-semibold">{en.notFoundTitle}</h2>
            <p className="mt-2 text-stone-700">{en.notFoundBody}</p>
            <Link href="/en" className="mt-2 inline-block text-brand-700 underline">
              {en.backHome}
            </Link>
          </div>
        </main>
      </body>
    </html>
  );
}
