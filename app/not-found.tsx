/**
 * An address outside every language that nothing answers (proxy.ts sends pages to a language
 * first, so this is rare): a plain page in both languages, with a way home.
 */
export default function NotFound() {
  return (
    <html lang="en">
      <body>
        <main>
          <h1>Page not found</h1>
          <p>
            There is no page at this address. <a href="/">Home</a>
          </p>
          <p lang="uk">
            За цією адресою немає сторінки. <a href="/">Головна</a>
          </p>
        </main>
      </body>
    </html>
  );
}
