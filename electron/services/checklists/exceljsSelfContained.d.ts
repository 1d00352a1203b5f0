/** exceljs's self-contained (browserified) build has the same API as the package's main entry. */
declare module 'exceljs/dist/exceljs.min.js' {
  import ExcelJS from 'exceljs';
  export = ExcelJS;
}
