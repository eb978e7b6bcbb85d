"""The version of the passage cutting: how ``corpus/`` turns a document's stored text into passages, and a file
into its stored text.

BUMP ``CUTTING_VERSION`` WHENEVER THE CUTTING CHANGES: any change to ``split.py``, ``blocks.py``, ``assemble.py``,
``sentences.py``, ``normalize.py`` (or what they call) that gives a stored text other passages, other sentences,
another heading path or another kind; and whenever the loaders (``loaders.py`` and what it calls) read a file into
another stored text. Each document's record keeps the version that read its file, and the data folder keeps the file
(``index/library/originals.py``): a full build reads every kept file an older version read again, and replaces its
stored text (``tests/test_originals.py`` keeps a fingerprint of what the loaders read, as ``test_cutting.py`` does
of the passages). Every index records the version its documents were cut by (``cutting`` in
its manifest); a data folder whose index was cut by another version answers from it as it is, ``reportbot serve``
rebuilds it from the stored texts in the background at start, ``reportbot health`` says so and ``reportbot index``
re-reads them (``index/library/cutting.py``). Without a bump, a folder built before keeps the old passages for
every document already added: the append path takes them from the index, never from the texts.

``tests/test_cutting.py`` keeps a fingerprint of the passages of the seed report and a few made-up texts, and fails
when they change while the version stays; bump the version and record the new fingerprint there.

History:
    1. every index built before the version was recorded (a manifest without ``cutting``).
    2. a FAQ's question standing alone on its line is one passage with the answer under it (lib-13).
    3. a byline after a subtitle heading (a PDF's bullet item) or at the end of the subtitle line (…综述 ■ 陈立群)
       is the document's author line, on its header card (rank-16).
    4. a full stop followed by a word in lower case ends no sentence (at 7:00 p.m. in the Community Room), nor one
       after an abbreviation in brackets or a capitalised word without a vowel (Sgt. Alan Pryce, (No. 1184-220));
       a space inside a figure of a Chinese sentence goes (惠及群众6 2万人次); paragraphs numbered （一）, (1), 1. or
       一是 after a paragraph ending in a colon are the items of one list passage with it (loader-22).
    5. a y inside a capitalised word is its vowel, so "Ms. Lynn." ends a sentence (tidy-23); a PDF stored with its
       tool's placeholder as its title, "# (anonymous)", takes its first heading as title instead (round 23).
    6. a numbered list item keeps its number in the passage ("3. text", read from a Markdown ordered list), not in its
       sentence (the number labels the step; it is no figure to answer with); a line break inside a
       paragraph (a Markdown hard break, an html <br>) keeps the lines apart with "；" / "; "; a plain text's page
       banner ("==== Page 2 of 4 ====") is a page break, not a heading (lists-24);
       a short capitalised word with a full stop that opens a name-like run is an abbreviation, not a sentence's end
       (the Sys. Admin Team; Rev. Michael Danvers), nor do a phone number's labels (Tel. +86 571…, ext. 21) (tidy-24);
       a PDF's paragraphs are read from where its lines stand: a full line ending a sentence runs on when the next
       line stands at the line spacing or its first word would not have fitted, a paragraph gap or an indent ends a
       paragraph (pdf_spacing); a figure of a Chinese sentence broken over two lines is stored whole (较2022年, not
       较20 22年) (lines-24). Stored texts cut as before: a PDF added before is read so once added again.
    7. review fixes (tidy-25): a nested numbered list that starts past 1 is set apart from its parent item by a blank
       line, so it reads back as its own items (it was more words of the parent's; a docx or html file added before
       is read so once added again, or at a full build if its file is kept); a Markdown list starting at 0 reads 0
       (it read 1), and an item with no text of its own (only a table) gives its number to no later item; an html
       list numbered by the list-style
       shorthand (inside decimal) keeps its numbers; a plain text's page banner that breaks a sentence (no sentence
       end before it, the next line goes on with it) is taken out and the sentence read whole, its page starting
       after the sentence's paragraph; only a page-like line is a banner: a bare number between dashes of at most
       three digits ("—— 2025 ——" is a year set off by rules, kept as text) or a page over the page count ("2 / 4");
       a docx list counts its empty numbered paragraphs and its numbered paragraphs in table cells, as Word does, and
       a heading whose style is numbered keeps its number ("1. Scope").
    9. (8 was title-25's, merged and reverted in round 25) a bare "n / m" line is a page banner only where such
       lines repeat over one page count with their pages rising; alone ("12/31") it is a date or a fraction and
       stays in the text (mend-25).
   10. (title-26: title-25 with its review's fixes) a label line (发布单位：…, 联系电话：…) or a line with a telephone
       number is no heading, but for a caption above a table; a date alone (14 February 2025, 2025年3月4日), and the
       issuer's line right above one, are no heading in any format; a short line that is no heading (a label, an
       issuer, a date, a signature) is no passage of its own: it opens the passage after it, or ends the one before
       (or stands as one under its section) before a heading (in a PDF too, but for its title block, which opens the
       first passage) or at the end, never making it longer than the passage limit. A PDF's font sizes say which
       lines are headings (pdf_sizes), only where lines other than the title are set larger, and only add headings:
       a numbered or bold short line in the body's size stays one; a ■ byline is a line, not a list item, and a lone
       bulleted name under a Word heading or a numbered section heading is content, no byline; a name ending in an
       ordinal (议题一：…) is a heading, no label; a PDF's first short lines set smaller than its body before its first
       heading (a running header or footer its one page drawn first) open no passage: the first that names
       something is the title (as before sizes were read), a page number is not (the heading is), the rest are on
       the header card; every line of a PDF's title block after its title opens the first
       passage, in its place (a letter's addressee was in no passage), but for one repeating the title; a Chinese
       label of 7 to 10 characters before a figure, a date or a name (紧急联系人电话：137…) and a line with a mobile
       number are no headings; the numbered
       lines right after a label whose value is a list's first item (附件：1.… then 2.…) are its lines, no headings
       (title-27). A PDF or Word file added before round 25 (with no kept file) must be added again to be read so.
   11. (keep-27) a heading no passage stands under, followed by one of its own level or higher (a 文号 line under a
       letterhead, a subtitle, an issue's number) opens the passage after it, a line; one at the end (an ``…印发``
       line, a signature set as a heading) ends the last passage. Its text was in no passage and no heading path.
   12. (grid-28) a PDF table drawn as a ruled grid is read from the boxes its ruling lines draw (``pdf_rules``):
       its cells, centred or set at the bottom of a fixed-height row, came out as loose lines, rows run together and
       header cells as headings; a table at the top of a page whose first row repeats the header carried over keeps
       it as its header, no row of data, and one whose first row is no header's shape (a number first) is read
       under the header carried over.
   13. a PDF's title block, the run of lines set as headings right under its title (no numbered section, no date), is on
       the header card beside the title, not in the first passage: the document's name in parts (its issuer, its name,
       its edition) made that passage the best match for every question naming the document; lines set as body
       text (a letter's addressee, a date, a label) still open the first passage (first-28); those lines stay names
       a question may call the document by (``Document.names``, read as its opening's). A Chinese official
       document's letterhead (the issuing body's mark, then the number line 嘉红〔2025〕12号, then the title; in any
       format) gives the title (the line after the number) and the issuer (the mark, less 文件), and its number line
       opens the first passage (title-28).
   14. (load-29) an html page without an h1 whose <title> is its first heading and the site's name (… - 台州市红十字会)
       takes that heading as its title, not the <title> with the site's name; a table row whose first cells are empty
       (a total row) is read labelled by its first cell that is not (合计 — 募集款物（万元）：26400；…, not
       " — 市（州）：合计；…"); a cell spanning rows is read in each row it spans, in its column (an html rowspan, a
       box of a ruled PDF grid no line crosses, as a Word file's merged cell was), and one spanning columns in its
       first, the others empty (an html colspan, a Word gridSpan: the row's next cells stood under the headers to
       their left); a Word file that uses no heading style, its headings bold short paragraphs (一、…, （一）…), reads
       them as headings (the first its title); a plain text's lines marked ◆, ◇, ・, ※ or ▶ (a notice's items and
       the dotted lines under them) are list items, no headings (they made every dotted line a heading the items
       after it stood under, and each ◆ line a passage of its own); a PDF line broken before a word opening with a
       letter, sign or quote of Latin text that is not ASCII (was | £110,050) keeps the space between them.
   15. (fold-29) a table folded into halves side by side, its header repeating a run of column names (A B C A B C),
       is read as its halves stacked, in any format; a header set over two rows or more with merged cells (a group
       cell across its columns, names merged down) is read as one row, each column named from the top down (2025年目标),
       in a .docx and an html table; an html definition list's term leads its definition (First aider: A volunteer …,
       a paragraph each), and a <details> entry's <summary> (in html, or set in Markdown) is a line over its answer,
       as a FAQ's question is; in a hard-wrapped plain text, a labelled line after a labelled line (时间：… 列席：…)
       is a line of its own, never joined onto it however full that line (a minutes' 列席 ran into 参会人员).
   16. (foot-29) an html page's <footer> is read after its content, no longer dropped: it names the publisher, its
       address, phone, charity or 备案 number (a footer of bare text reads as one paragraph);
       its copyright mark and year are dropped, the holder's name kept.
   17. (review-29) a bold line of a Word file without heading styles is a heading only in a heading's shape (a bold
       ``label：value`` line, a phone, a date alone stay text under their section); a short line set off by a
       notice's mark (◆ 收费标准) over a paragraph, beside no other marked line, heads that paragraph, no list item;
       a footer's link-only lines and its headings (Privacy | Cookies, Quick links) are dropped.
   18. (mend-30) a header cell over two rows joins its names without a space beside full-width punctuation
       (2024年捐款（万元）目标, had read ``（万元） 目标``); an html page without an h1 whose <title> splits into
       its own part and the site's name its header or footer writes (Volunteering | Hillford Hospice) is titled by
       its own part, never by a heading that is the site's name.
   19. (cols-30) a PDF page set in two columns is read a column at a time: a line on one baseline in each column
       is two lines, and a column's line is full when the next line's first word would not have fitted in the
       room it leaves before its column's edge (a column's paragraphs broke after their first line, which became a
       heading over the rest); a later page's top line that repeats the title marked as continued (…工作报告（续）)
       is no text.
   20. (txt-31) a plain text's total row under a table aligned with spaces (合計（8個重點社區）   3,045), fewer
       cells than the table's columns, is a row of it, each cell under the column it stands under (it was a heading
       over the rest); parts numbered with the formal numerals (壹、貳、參、) stand above the 一、 sections under them
       (a part right above its first section had become a line of that section's text); a PDF's running header or
       footer of three or four lines (the title, a document number, 第 2 页 共 3 页), each recurring, is out of every
       page; a hanging item number alone on its line (2.) joins no line before it, and a numbered list a page break
       cut goes on numbering on the next page.
   21. (layout-31) a PDF page set in three columns (a newsletter) is read a column at a time, as a two-column page
       is: each side of a gutter is searched for another over its own width (a masthead, a panel inside a column
       and a table across the foot kept; a price list's gap before its prices is no gutter); a plain text's line
       right under its title giving the issuer and the date (桃园市红十字会　中华民国114年3月5日, Issued by the Otago
       Branch, 4 March 2025) over text is a line of text, no heading over that text (over a heading it heads
       nothing and opens the first passage, as before); a date counted in the Republic of China's years
       (中华民国114年3月5日, 114年7月15日) is a date (a signature's date is no heading), and the document's own
       date when it writes no Western one, from a date line only (更新日期：114年4月2日).
   22. (mend-31, from review-31) a longer running header's lines recur but for the page's own number (第 2 页 共 3
       页, 城红〔2025〕8号): lines of figures that change from page to page (Volunteers: 212) are content; a row under
       a plain-text table placed by its columns holds figures after its label (a note, 注：… 来源：…, is none), and
       full rows after it stay in the table.
   23. (layout-32) a PDF's boxed panel of key figures, each label over its figure or beside it on one baseline
       (Events covered / 64), is a table of two columns under the panel's title, its passage opened by the title and
       a line each "label: figure" (the labels had become headings, each figure a paragraph); so is a price list or
       a timetable of two fields (label ........ $165, a field at a tab stop or flush right), and no gutter is found
       between a label and its field (a side flush right starting each line at its own x, or a wide room before a
       figure on most lines), nor is a table read from a refused run's second line on (its top rows left as
       prose); a table whose header holds one cell, the others empty, has it as a title line opening its passage; a
       plain-text table's long cell wrapped onto the next line, the other columns blank, goes on its cell in the row
       above (it was a heading); in a Word file that uses no heading style, an unnumbered bold line right over a
       table is its caption, a line of text opening the table's passage, no heading over the text after the table.
   24. (docs-32, from set 28's documents) html text set in a ``<div>``, ``<section>`` or ``<span>`` outside any
       paragraph is a paragraph (a menu of links is not; a copyright notice is cleaned as a footer's), a figure's
       caption is one, an element's pieces join as the page joins them (no space before 。 or , after a <b>), a
       paragraph all in bold in a heading's shape heads a section of a page without h2–h6, and a page's h1 heads it;
       a Word file with heading styles but no Title style or title property is titled by its bold first line; a plain
       text's ``Label:   value`` lines are lines, not a table headed by the first; lines set in under ``Present:``
       are items, not headings; a numbered line (1.2 …, （二）…) starts a paragraph, a line hanging under one
       continues it, and words joined across a wrap keep their space. From review-32's made-up pages: a run of
       links alone (a breadcrumb, a related headline) and a button are no text, two fields set as touching spans
       keep apart, a bold first line is a title only centred or set large, an item number is no figure at a wrap
       (12.5 percent, 一、二季度), and a line set in under a colon line that wraps at the margin is no item.
   25. (fy-32) a source line of fields under a title (来源：… 作者：… 发布时间：…) names the document's author by its
       author field; the line stays a passage.
   26. (span-32) a full stop after an identifier or a figure of four or more characters ends its sentence when a
       space and a capital follow (charity number SC012345. ABN …; in 2024. The board …); a decimal's point and a
       list's number (1. Scope) still end none.
   27. (docs-33) a plain text's table drawn with box-drawing characters (┌─┬─┐ │ ├─┼─┤, or an ASCII grid +---+) is a
       table (a line with its first cell empty, or a label wrapped in its column, goes on the row above; a cell spanning
       columns stands in the column it opens under; a rule of dashes next to a line of bars is the table's, no
       paragraph break); a box round prose is that prose, a box of blank fields a form's lines; a PDF table whose
       figures are set flush right is read from its lines when the table found by position takes only some of its
       rows; a Word file's first line set centred and large (not bold) is its title, unless it is a document number
       or a one-word mark; a serial-number column (序号) names no row when a name follows it.
   28. (docs-34) a nested list item's fields (時數：8小時 under 2. 基本救命術) read in their sentences with the item's
       name (基本救命术（BLS） — 时数：8小时), shown as written; an html cookie or consent box (an id, class or label
       naming it) and a footer's sentence about cookies are no text of the page (nor a name alone they leave); a
       document's number line (〔2025〕23号, 字第…号) set as a heading is a line of text, and one over the title
       heading leaves that heading the title; a PDF table whose labels are years reads under its header of words, a
       row of years (指标 / 2023年 / 2024年) is a header (the title, heading and caption over it none), and a table
       found by position takes the header lines just above it.
   29. (lead-34) a Markdown file's YAML front matter gives its title and its other fields (author:) read as a source
       line, and a footnote's text reads after the block that marks it; an html page of <div>s reads the box its
       class names as content (the site's bars and menus no passage; a side box's sentence with a figure read after
       it) and a <div class="footer"> as a footer; a bold paragraph numbered as the page's <h3>s heads its section; a
       header over two rows whose label column is blank below names each column; a FAQ's question asked in two or
       three short questions opens its answer; a plain text saved from an e-mail takes its subject as its title, and
       a short line going on in a small letter ends the sentence above it.
    30 (lead-35): an html table, or any html block, set inside Markdown is read as the html loader reads it (its
       rows under their header; before, the block was dropped); a numbered line underlined as a Markdown heading
       (``1. Opening`` over dashes) heads its section, not a one-item list and a rule; a page's ``<aside>`` that
       states facts (opening hours, an address, a phone) is read after its footer (one inside ``<main>`` where it
       stands), one of links, or of links with their dates, is not; a table of contents typed as lines with leader
       dots and page numbers (two or more together under a 目录 / Contents line) is no text; a notice laid out as its
       issuer's name, its title heading, then its number line (喀什地区红十字会 / 关于…的通知 / 喀地红字〔2025〕15号)
       is titled by the heading, its issuer the author.
    31 (lead-36): a plain text's lines led by dots to a figure (a price list: ``CPR Level C ........ 60``) are lines
       of one passage, no headings; a Markdown quote's closing attribution (``> - Name, Chair``, ``——张华``) joins
       the quote; a PDF page's lines drawn beneath its body but given first by the text layer (footnotes, ``Page 1
       of 3``) are read after the page's text (the footer furniture again, the page's own number none, the title no
       footnote); an html page's
       subheading naming a box of links (相关链接) keeps no bold numbered paragraph from heading its section; a
       notice's signature (issuer, date) over its annex ends the notice's text, not the annex table's passage; an
       html page whose ``<title>`` is its heading and a Chinese organisation's name holding its place's level is
       authored by it (a byline under the title); a PDF's last line read as a heading (a signature) is a line of text.
    32 (lead-37): a PDF's run of a label over a figure with a word of unit (``Volunteer hours contributed`` /
       ``71,600 hours``) is no table's header (a key-figures panel's first pair was taken as one and its figure
       lost), so the panel is read whole; a plain text's leader dots may be three after a space (``CPR ... 60``) or
       two ellipses (``挂号费……5元``); a PDF's table of contents entry (``一、党建引领 ……… 2``) is a line of its own,
       never joined to the next as a wrapped line nor running on to the next page, so the contents go; an html
       ``<main>``'s boxes beside its ``<article>`` that state facts (an "At a glance" list, contacts) are read after
       it; a plain text's ``①text`` line is a numbered item; a Chinese label line whose label holds quotes
       (“博爱送万家”慰问困难群众：1.9万户) or whose value is a clause with a figure is no heading; a two-column
       table's first row that is a label and its value (时间 | 2025年6月17日) is read as its first pair, not dropped
       as a header, and a caption over its repeated title (附件：主要数据 | 主要数据) opens the table's passage.
    33 (rows-37): a table's passage keeps its table as the document writes it (``Paragraph.written``: its header
       row and its rows as pipe-table rows, ``| 四平市 | 1830 | 5.1 |``), shown after its text to a reader and to a
       citation; its text and sentences, each row read with its header, are what they were.
    34 (lead-38): an annex's title over a table (附件：2024年主要数据, Appendix A: …) ends the sections above, so the
       table stands under the annex, not the last section (whose year, 2025年工作安排, was not the table's); an html
       page laid out in tables (a table holding a table, or a cell holding a heading, a list or two paragraphs) reads
       its parts as boxes and its data tables with their own headers, and a menu set as a table of links goes; a
       hard-wrapped plain text with few blank lines is joined at the whole text's width and a blank line after a
       sentence's end still ends its paragraph (an e-mail FAQ's next question had run on from the last answer); a
       plain bullet's words wrapped under its text go on the item; a PDF bar chart's value labels over its
       categories (three or more, ``8.4k`` / ``2019-20``) are read as one table of ``category: figure`` under its
       title, as a key-figures panel is (each pair had been a passage of its own); circled numbers (①, ❶, ➀) are
       kept as written, not made bare digits by NFKC (``①造血干细胞捐献：39例`` had been stored ``1. 造血…``, which
       a quotation of the item never matched, and a footnote mark ran into a figure: ``21.6万人次2``).
    35 (loader-39): a footnote's mark after a word is no part of it: a superscript figure (``person¹``, NFKC had
       made it ``person1``) or a PDF's figure set small after a word (``floodwater.1`` in the text layer) is dropped
       from the passage, a unit's power (``m²``) and a footnote's own number kept; a cover's address line (``Office:
       41 Abala Road, Marrara NT 0812``, however long) and registration line (``ABN 62 104 578 311``) are no
       headings, whatever their size, so no passage stands under them; a PDF's byline (``■  段明辉``) is a line of
       text kept as written, ``■ 段明辉``, no list item under a dash.
    36 (lead-39): a plain text's word spaced out to a column's width with full-width spaces (单　　位, 合　　计,
       时　　间：) is read closed up, so a table aligned with them keeps its header row and its total row (each had
       been read as a heading) and a spaced label is no two-cell row; headings numbered in a decimal outline (1.,
       1.1, 1.1.1), in a plain text or bold in a Word file, nest by their numbers' depth (1.1.1 had stood beside
       1.1, and 2. under the last part of 1.); a full-width comma grouping full-width digits (１，９４０) is a
       thousands comma (1,940); a ``<br>`` in a Markdown or html table's cell parts the cell's lines with ；/ ; (the
       tag had been kept in a Markdown cell's text, and an html cell's lines run together).
    37 (loader-40): a box a PDF page draws beneath its body but gives inside it (a sidebar of key figures and a
       quotation under a table) is read at the page's end as text, its ``label figure`` lines a panel, no run of
       headings heading the table; a PDF table's header set over two lines is one header row (``2024年 1—9月``, no
       row of data); a Chinese document's number line, a signature's name-and-date line and a post and a name parted
       by a space (``会长　张文雄``) are no headings, nor a plain text's closing lines of post and name; a speaker's
       post and name under a report's title (``党组书记、常务副会长　罗建勇``) is its author, on its header card; a
       labelled line after a wrapped labelled line (``In attendance:`` after ``Present: …``) and labelled lines of one
       Markdown paragraph are lines of their own; an event's day-and-hour line (``Tuesday, 22 October 2024, 6:00
       pm``) and a PDF's venue line under it are no headings; an html page's site footer stands under the site's
       name its ``<title>`` gives, no part of the page's last section.
    38 (lead-40): a PDF table's column of group names with no ruling line between a group's rows (收入 over three
       rows, then 支出) names each row by the group above it (every blank had read the first group); a table's unit
       line (单位：万元) is no heading, nor the table's caption (it opens the rows' passage); a PDF title does not
       swallow the first section's heading set smaller but above the body; a running footer drawn on one baseline
       with the page's number is found beneath the body and goes; a long label with a bare figure (…交通补助：
       466,000) is a label line, no heading; a plain text's e-mail thread reads its quoted messages without their
       ``> `` marks, each under its Subject as a heading; a Word file's table of contents field (its entries, or the
       placeholder Word shows before it is updated) and paragraphs in the contents' styles are no text.
    39 (review-40's mends; mend-loader-40) a signature's body and date run together (a full-width space folded) is no
       heading; only a box's lines are read as key figures, no PDF footer's (``PO Box 1234``); a contact row with a
       blank first cell and a phone is no header's second line; a day line without its hour heads its sessions again;
       a list of section words with commas is no venue; a speaker's name opens with a surname (``会长　致辞`` names
       none); (mend-lead-40) a notice's 日期：/时间：/主题： lines with no From: among them are no quoted message's
       header (its 主题 had headed the text under it); a ``>`` before a figure (``> 10 years: 42``) is a comparison,
       kept, and such a line a line of text, no heading; a Word paragraph holding the contents field's end mark keeps
       its text after it.
    40 (loader-41): a PDF's dash-led subtitle line with a date under its title (——2025年2月26日在…会议上) is a line of
       text, no heading over the report's opening; a one-page PDF's page number (``- 1 -``) is no text (it read back
       as a list item ``1 -``); a short line leading in with a colon (a salutation, 各位理事：, or a lead-in,
       会议情况：) over a paragraph of prose opens that paragraph's passage (it had stood with the dateline and the
       speaker above it, or alone); a Word file's notes title set as a plain paragraph (注释 over ① …) heads its
       notes as a part at the top sections' level, not under the last section; a PDF column's paragraph goes on
       after a full line ending a sentence when the next line's first word would not have fitted in the column
       (…17 min 05 s. / Ramping at…); a PDF's boxed panel read at its page's end, opening with its title, stands
       under that title as a section of its own (not under the page's last section) where the next page opens with a
       heading or the document ends.
    41 (loader-41b): an organisation's line over an unnumbered title over numbered sections names the issuer, the line
       under it is the title (澎湖县支会 / 一一四年度…成果报告); an html side box is read before a footer under the
       site's name, its headings a section's; a grouped header's Chinese phrase over a Chinese phrase is joined with
       a middle dot (可减免的用血量·献血者本人); an e-mail's closing and the name and card under it, or a sender's card
       ending a quoted message, are lines, no headings; a labelled line whose sentence goes on to the next
       labelled-looking line is one sentence (…，当天 / 早餐：…。).
    42 (lead-41, from set 37's documents) a PDF table's numbered caption (``表1　…``, ``Table 2: …``) and the mark it
       carries on to the next page with (``（续表）``) are lines opening the table's passage, no headings: the text
       after the table had stood under them, under ``（续表）`` to the next section; a Word table's header row naming a
       year's half under that year alone (``2025年`` / ``上半年``, beside ``2024年`` merged over ``上半年 | 下半年``)
       is the header's second row (``2024年上半年 | 2024年下半年 | 2025年上半年``), no row of data; a Word layout table
       holding a table in a cell is read as its cells' paragraphs and that table, in order (the table inside was
       lost); lines parted by a line break (``<br>``, a Markdown hard break) keep a ``；`` between them after a
       bracket closed on a word (``（周一至周五）`` over ``西岗区培训点：…``: they had run together); a plain
       text's fixed-width table's rule of dashes over each column under its header is no row (it read
       ``---- — 113年决算：----``); a Markdown front matter's fields are lines of their own (``chair: …; minutes: …``;
       they ran together as one line of words).
    Since round 25 (keep-25) the data folder keeps each file added, and a full build reads those an older version
    read again: a loader's mending reaches documents added after that round without their being added again. A file
    added again is read again under its document's id, in its place and its group scopes, whatever id its new
    reading would give (``index/library/folder.py``).
"""
from __future__ import annotations

CUTTING_VERSION = 42
