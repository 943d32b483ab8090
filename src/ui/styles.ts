// Styles of the editor page and the API docs, served as /ui/app.css. One column on phones
// (360 px and up), input beside the report from 64rem; system fonts, nothing fetched.
import { categoryCss } from './categories.ts'

export const APP_CSS = `
:root{--bg:#f7f7f5;--panel:#fff;--ink:#1d1f21;--muted:#5c6166;--border:#d5d8dc;--accent:#1c5fb5;--accent-ink:#fff;
--pass:#2b8a3e;--review:#a35f00;--fail:#c92a2a;--focus:#ffbf47;color-scheme:light}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;background:var(--bg);color:var(--ink);font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif}
a{color:var(--accent)}
:focus-visible{outline:3px solid var(--focus);outline-offset:2px}
.skip{position:absolute;left:-999px;top:0;background:var(--panel);padding:.5rem 1rem;z-index:10}
.skip:focus{left:.5rem}
header.top{display:flex;flex-wrap:wrap;gap:.25rem 1rem;align-items:baseline;justify-content:space-between;padding:.75rem 1rem;background:#1d2733;color:#fff}
header.top h1{font-size:1.15rem;margin:0}
header.top h1 span{font-weight:400;opacity:.8}
header.top nav a{color:#cfe3ff;margin-left:1rem}
header.top nav a:first-child{margin-left:0}
main{padding:1rem;max-width:96rem;margin:0 auto}
.layout{display:grid;gap:1rem;grid-template-columns:minmax(0,1fr)}
@media (min-width:64rem){.layout{grid-template-columns:minmax(0,2fr) minmax(0,3fr);align-items:start}}
.panel{background:var(--panel);border:1px solid var(--border);border-radius:8px;padding:1rem;min-width:0}
h2{font-size:1.1rem;margin:0 0 .75rem}
h3{font-size:1rem;margin:1.25rem 0 .5rem}
label{font-weight:600}
.drop{border:2px dashed var(--border);border-radius:8px;padding:.5rem;transition:border-color .15s,background .15s}
.drop.dragging{border-color:var(--accent);background:#eef5ff}
.drop label{display:block;margin-bottom:.35rem}
textarea{width:100%;font:15px/1.45 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;border:1px solid var(--border);border-radius:6px;padding:.5rem;resize:vertical;background:#fff;color:var(--ink)}
#article{min-height:14rem}
.row{display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:end;margin-top:.75rem}
.row label{display:flex;flex-direction:column;gap:.2rem;font-size:.9rem}
select,input[type=text],input[type=password]{font:inherit;padding:.35rem .5rem;border:1px solid var(--border);border-radius:6px;background:#fff;color:var(--ink);min-width:0}
#ruleset{width:11rem}
.file-btn{position:relative;display:inline-block}
.file-btn input{position:absolute;inset:0;opacity:0;width:100%;cursor:pointer}
.file-btn span{display:inline-block;padding:.4rem .8rem;border:1px solid var(--border);border-radius:6px;background:#fff;font-weight:600}
.file-btn input:focus-visible+span{outline:3px solid var(--focus);outline-offset:2px}
button{font:inherit;font-weight:600;padding:.45rem .9rem;border-radius:6px;border:1px solid var(--border);background:#fff;color:var(--ink);cursor:pointer}
button:hover{border-color:var(--accent)}
button:disabled{opacity:.55;cursor:not-allowed}
button.primary{background:var(--accent);border-color:var(--accent);color:var(--accent-ink);min-width:7rem}
button.link{border:none;background:none;color:var(--accent);padding:.2rem 0;text-decoration:underline}
details{margin-top:.75rem;font-size:.9rem}
details label{display:flex;flex-direction:column;gap:.2rem;margin-top:.4rem}
#input-info{color:var(--muted);font-size:.9rem}
#input-info.warn{color:var(--fail);font-weight:600}
.error{margin-top:1rem;border:2px solid var(--fail);background:#fff0f0;color:#7d1a1a;border-radius:8px;padding:.75rem 1rem}
.error p{margin:.25rem 0 0}
.summary{display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:center}
.score{font-size:2.5rem;font-weight:700;line-height:1}
.score-label{display:block;font-size:.8rem;color:var(--muted);font-weight:600}
.verdict{display:inline-block;padding:.2rem .7rem;border-radius:999px;color:#fff;font-weight:700;text-transform:uppercase;letter-spacing:.04em;font-size:.9rem}
.verdict-pass{background:var(--pass)}.verdict-review{background:var(--review)}.verdict-fail{background:var(--fail)}
#meta{color:var(--muted);font-size:.9rem;margin:.25rem 0;flex-basis:100%}
#notes{margin:.25rem 0;padding-left:1.25rem;color:var(--muted);font-size:.9rem}
#results-h:focus{outline:none}
fieldset{border:1px solid var(--border);border-radius:8px;margin:1rem 0 0;padding:.5rem .75rem;display:flex;flex-wrap:wrap;gap:.4rem}
legend{font-weight:600;font-size:.9rem;padding:0 .25rem}
.filter{display:inline-flex;align-items:center;gap:.35rem;font-weight:500;font-size:.9rem;padding:.2rem .5rem;border-radius:6px;background:var(--fill);border:1px solid var(--line);cursor:pointer}
.filter.empty{opacity:.6}
.filter .count{font-weight:700;min-width:1.2em;text-align:right}
.swatch{display:inline-block;width:.9em;height:.9em;border-radius:3px;background:var(--fill);border:2px solid var(--line);flex:none}
.toolbar{display:flex;flex-wrap:wrap;gap:.5rem;align-items:center;margin-top:1rem}
#counts{color:var(--muted);font-size:.9rem}
.doc-wrap{position:relative}
.doc{white-space:pre-wrap;overflow-wrap:anywhere;font:17px/1.7 Georgia,"Times New Roman",serif;background:#fff;border:1px solid var(--border);border-radius:8px;padding:1rem;max-height:70vh;overflow:auto}
mark.f{background:var(--fill);color:inherit;border-bottom:2px solid var(--line);border-radius:2px;cursor:pointer;padding:0 1px}
mark.f mark.f{border-bottom-style:dotted;border-bottom-width:3px}
mark.f.sev-critical{border-bottom-width:4px}
mark.f:hover{filter:brightness(.94)}
mark.f:focus-visible{outline:3px solid var(--focus);outline-offset:1px}
.tip{position:absolute;z-index:5;max-width:min(26rem,100%);background:#fff;border:1px solid var(--border);border-radius:8px;box-shadow:0 6px 24px rgba(0,0,0,.18);padding:.6rem .75rem;font-size:.92rem}
.tip[hidden]{display:none}
.tip-head{display:flex;flex-wrap:wrap;gap:.4rem;align-items:center}
.tip p{margin:.35rem 0}
.hint{color:var(--muted);font-size:.8rem}
.sev{font-size:.75rem;font-weight:700;text-transform:uppercase;padding:0 .4rem;border-radius:4px;background:#eceff1}
.sev-major{background:#ffe8cc}.sev-critical{background:#ffc9c9}
.conf{color:var(--muted);font-size:.8rem}
kbd{font:inherit;font-weight:700;background:#eef5ff;border:1px solid #b6d0f2;border-radius:4px;padding:0 .3rem}
#findings{list-style:none;margin:0;padding:0;display:grid;gap:.5rem}
.finding{border:1px solid var(--border);border-left:6px solid var(--line);border-radius:6px;padding:.5rem .75rem;background:#fff}
.finding-head{display:flex;flex-wrap:wrap;gap:.4rem;align-items:center;font-size:.9rem}
.finding-cat{font-weight:700}
.where{color:var(--muted);margin-left:auto;font-size:.8rem}
.excerpt{display:block;margin:.3rem 0;font-family:Georgia,serif;overflow-wrap:anywhere}
.message{margin:.2rem 0}
.suggestion{display:block;font-size:.9rem}
.actions{display:flex;gap:1rem;align-items:center;margin-top:.3rem}
.none{color:var(--muted)}
#corrected{min-height:10rem}
.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
@media (max-width:30rem){main{padding:.5rem}.panel{padding:.75rem}.score{font-size:2rem}.doc{font-size:16px;padding:.6rem}}
/* API docs */
.docs{max-width:64rem}
.docs h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid var(--border);padding-bottom:.3rem;overflow-wrap:anywhere}
.docs code,.docs pre{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.9em}
.docs pre{background:#f0f2f4;padding:.75rem;border-radius:6px;overflow:auto}
.method{display:inline-block;min-width:4.2rem;text-align:center;color:#fff;border-radius:4px;padding:0 .4rem;margin-right:.5rem;font-size:.85rem;text-transform:uppercase;vertical-align:middle}
.m-get{background:#1c64b5}.m-post{background:#2b8a3e}.m-put{background:#a35f00}.m-delete{background:#c92a2a}.m-patch{background:#6741d9}
.docs table{border-collapse:collapse;width:100%;margin:.5rem 0;font-size:.92rem;display:block;overflow-x:auto}
.docs th,.docs td{border:1px solid var(--border);padding:.3rem .5rem;text-align:left;vertical-align:top}
.docs th{background:#f0f2f4}
.docs .toc{columns:2 20rem;padding-left:1.25rem}
.docs .req{color:var(--fail);font-weight:700}
.docs .status-ok{color:var(--pass);font-weight:700}.docs .status-err{color:var(--fail);font-weight:700}
.docs section.op{background:var(--panel);border:1px solid var(--border);border-radius:8px;padding:0 1rem 1rem;margin:1rem 0}
.docs section.op h2{border:none;margin-top:1rem}
.docs dl.schema{margin:.25rem 0 .25rem 1rem}
${categoryCss()}
`
