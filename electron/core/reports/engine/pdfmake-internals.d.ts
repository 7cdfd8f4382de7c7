// pdfmake ships no types for its internal classes; font-fix.ts, text-runs.ts, long-words.ts and list-markers.ts reach four of them
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
declare module 'pdfmake/js/DocMeasure' {
  const DocMeasure: unknown;
  export default DocMeasure;
}
