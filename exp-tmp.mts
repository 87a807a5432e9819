import * as XLSX from '@e965/xlsx';
function book(ref: string, rows = 3) {
  const s = XLSX.utils.aoa_to_sheet([['快捷短语编码','快捷短语'], ...Array.from({length: rows}, (_, i) => ['c'+i, 't'+i])]);
  s['!ref'] = ref;
  const b = XLSX.utils.book_new(); XLSX.utils.book_append_sheet(b, s, 'S');
  return new Uint8Array(XLSX.write(b, { type: 'array', bookType: 'xlsx', compression: true }));
}
for (const ref of ['A1:XFD2000', 'A1:XFD1048576']) {
  const bytes = book(ref);
  const t0 = performance.now();
  const wb = XLSX.read(bytes, { type: 'array', dense: true, sheetRows: 40000 });
  const sh = wb.Sheets.S!;
  console.log(ref, bytes.length, sh['!ref'], sh['!fullref'], (sh as any)['!data']?.length, (sh as any)['!data']?.[0]?.length, performance.now()-t0);
}
