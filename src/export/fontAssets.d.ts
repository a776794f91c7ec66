/** Font files imported as data: URLs (Vite's ?inline), for embedding in PDFs. */
declare module '*.ttf?inline' {
  const dataUrl: string;
  export default dataUrl;
}
