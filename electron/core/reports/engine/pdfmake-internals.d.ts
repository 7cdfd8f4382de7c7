// pdfmake ships no types for its internal classes; font-fix.ts, text-runs.ts and long-words.ts reach three of them
// to correct how Thai text is written. Each file declares the members it touches.
declare module 'pdfmake/js/PDFDocument' {
  const PdfmakeDocument: unknown;
  export default PdfmakeDocument;
}
declare module 'pdfmake/js/Renderer' {
  const Renderer: unknown;
  export default Renderer;
}
declare module 'pdfmake/js/LayoutBuilder' {
  const LayoutBuilder: unknown;
  export default LayoutBuilder;
}
