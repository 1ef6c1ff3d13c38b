// The handout page. Everything it needs is here: no external stylesheet, font, image or script,
// so the file can be emailed, opened offline and printed as it is. The print rules keep each
// exercise on one page, and each heading with the first card after it (handout_html.cpp), and let
// `{{page_size}}` choose A4 or Letter.

#include "interpreter/plan/handout_template.hpp"

namespace limber {

std::string_view handout_template() {
  return R"html(<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{title}}</title>
<style>
@page { size: {{page_size}}; margin: 14mm 15mm; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { font-family: "DejaVu Sans", "Liberation Sans", Arial, Helvetica, sans-serif;
  font-size: 10pt; line-height: 1.35; color: #111; margin: 0; }
main { max-width: 180mm; margin: 0 auto; }
h1 { font-size: 20pt; margin: 0 0 4pt; }
h2 { font-size: 14pt; margin: 14pt 0 6pt; break-after: avoid; }
h3 { font-size: 12.5pt; margin: 12pt 0 4pt; padding-bottom: 2pt; border-bottom: 1pt solid #999;
  break-after: avoid; }
.facts { margin: 0 0 8pt; padding: 0; list-style: none; }
.facts li { margin: 1pt 0; }
.label { font-weight: bold; }
.safety { border: 2.5pt solid #a4161a; border-radius: 5pt; padding: 6pt 12pt 8pt;
  margin: 10pt 0; background: #fff4f4; break-inside: avoid; }
.safety h2 { color: #a4161a; margin-top: 2pt; }
.safety h3 { border: none; font-size: 11pt; margin: 6pt 0 2pt; }
.safety ul { margin: 2pt 0 6pt; padding-left: 16pt; }
.timeline { margin: 8pt 0; break-inside: avoid; }
.timeline svg { width: 100%; height: auto; display: block; }
.timeline p { margin: 2pt 0; font-size: 9pt; color: #333; }
.keep { break-inside: avoid; }
.flare-up-day { font-weight: bold; border-left: 4pt solid #1d4f91; padding: 2pt 0 2pt 8pt;
  margin: 4pt 0 8pt; }
.note { font-style: italic; margin: 4pt 0 6pt; }
article.exercise { border: 1pt solid #888; border-radius: 4pt; padding: 5pt 10pt 6pt;
  margin: 5pt 0; break-inside: avoid; }
article.exercise h4 { font-size: 12pt; margin: 0 0 3pt; }
article.exercise dl { margin: 0; display: grid; grid-template-columns: 27mm 1fr; gap: 1pt 8pt; }
article.exercise dt { font-weight: bold; }
article.exercise dd { margin: 0; }
.badge { display: inline-block; border: 1pt solid #555; border-radius: 3pt; padding: 0 4pt;
  font-size: 8.5pt; font-weight: normal; vertical-align: middle; margin-left: 6pt; }
.tracking { break-inside: avoid; }
.tracking table { border-collapse: collapse; width: calc(100% - 2pt); table-layout: fixed; }
.tracking th, .tracking td { border: 1pt solid #444; padding: 3pt 2pt; text-align: center; }
.tracking th { font-size: 8.5pt; white-space: nowrap; }
.tracking td.box { height: 9mm; }
.tracking td.notes, .tracking th.notes { width: 30%; }
@media screen { main { padding: 16px; } }
</style>
</head>
<body>
<main>
{{summary}}
{{safety}}
{{timeline}}
{{exercises}}
{{tracking}}
</main>
</body>
</html>
)html";
}

}  // namespace limber
