/**
 * A small PDF written here, so the demo notice's attachment opens without shipping a binary: one A4 page of
 * Chinese text in the standard Adobe-GB1 font STSong-Light (which PDF readers supply themselves), each line
 * as UTF-16 code units.
 */
const PAGE_WIDTH = 595;
const PAGE_HEIGHT = 842;

const utf16Hex = (text: string) =>
  [...text].map((char) => char.codePointAt(0)!.toString(16).padStart(4, '0').toUpperCase()).join('');

function pageStream(title: string, lines: string[]): string {
  const body = lines.map((line, i) => `BT /F1 12 Tf 60 ${PAGE_HEIGHT - 140 - i * 24} Td <${utf16Hex(line)}> Tj ET`);
  return [`BT /F1 20 Tf 60 ${PAGE_HEIGHT - 90} Td <${utf16Hex(title)}> Tj ET`, ...body].join('\n');
}

export function demoPdf(title: string, lines: string[]): Buffer {
  const stream = pageStream(title, lines);
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${PAGE_WIDTH} ${PAGE_HEIGHT}] /Resources << /Font << /F1 4 0 R >> >> /Contents 6 0 R >>`,
    '<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [5 0 R] >>',
    '<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 2 >> /FontDescriptor 7 0 R >>',
    `<< /Length ${Buffer.byteLength(stream, 'latin1')} >>\nstream\n${stream}\nendstream`,
    '<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>',
  ];
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(Buffer.byteLength(pdf, 'latin1'));
    pdf += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = Buffer.byteLength(pdf, 'latin1');
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  pdf += offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('');
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, 'latin1');
}

/** The revised 三会一课 rules the demo notice asks members to comment on. */
export const THREE_MEETINGS_PDF = {
  name: '三会一课制度（修订稿）.pdf',
  content: () =>
    demoPdf('支部“三会一课”制度（修订稿）', [
      '一、支部党员大会一般每季度召开一次。',
      '二、支部委员会一般每月召开一次。',
      '三、党小组会一般每月召开一次。',
      '四、党课每年至少四次，支部书记每年至少讲一次。',
      '五、会议情况如实记录，存档备查。',
      '请于月底前将修改意见反馈给支部组织委员。',
    ]),
};
