//! The annex as PDF/A-2a and PDF/UA-1 on A4, with DejaVu Sans embedded: archivable
//! with the agreement, and readable with a screen reader.
//!
//! krilla writes the PDF but does no layout, so this module has a small engine of its
//! own: it measures text with the font's advance widths, wraps it to the column, breaks
//! pages, and records every line in a structure tree (headings, paragraphs, lists,
//! tables) so screen readers and text extraction follow the reading order. Layout runs
//! first and drawing second, because the footer needs the page count.

use super::content::{Annex, Block, Field, Style, Table};
use crate::ExportError;
use krilla::color::rgb;
use krilla::configure::{Accessibility, Archival, ConfigurationBuilder};
use krilla::destination::XyzDestination;
use krilla::geom::{PathBuilder, Point, Rect};
use krilla::metadata::{DateTime, Metadata};
use krilla::num::NormalizedF32;
use krilla::outline::{Outline, OutlineNode};
use krilla::page::PageSettings;
use krilla::paint::{Fill, Stroke};
use krilla::surface::Surface;
use krilla::tagging::{
    Artifact, ArtifactType, ContentTag, Identifier, ListNumbering, SpanTag, TableHeaderScope, Tag,
    TagGroup, TagKind, TagTree,
};
use krilla::text::TextDirection;
use krilla::{Document, SerializeSettings};
use std::num::NonZeroU16;

/// A4 portrait, in points.
const PAGE_W: f32 = 595.28;
const PAGE_H: f32 = 841.89;
const MARGIN_X: f32 = 62.0;
const TOP: f32 = 62.0;
/// Nothing of the body goes below this line; the footer sits under it.
const BOTTOM: f32 = PAGE_H - 74.0;
const FOOTER_BASELINE: f32 = PAGE_H - 40.0;
const COLUMN: f32 = PAGE_W - 2.0 * MARGIN_X;
/// Space between table columns.
const GUTTER: f32 = 12.0;
/// Space above and below the text of a table row.
const CELL_PAD: f32 = 4.0;
/// How far list text is indented from the bullet.
const INDENT: f32 = 16.0;
/// Metadata strings are capped well under PDF/A's 32767-byte limit.
const MAX_META_CHARS: usize = 400;

const INK: Rgb = Rgb(0x1a, 0x1a, 0x1a);
const MUTED: Rgb = Rgb(0x55, 0x5b, 0x66);
const ACCENT: Rgb = Rgb(0x15, 0x3e, 0x75);
const RULE: Rgb = Rgb(0xc8, 0xcf, 0xd8);
const HEAD_FILL: Rgb = Rgb(0xe9, 0xee, 0xf5);

#[derive(Debug, Clone, Copy, PartialEq)]
struct Rgb(u8, u8, u8);

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Weight {
    Regular,
    Bold,
}

/// How a run of text looks.
#[derive(Debug, Clone, Copy)]
struct Look {
    weight: Weight,
    size: f32,
    /// Line height.
    lead: f32,
    color: Rgb,
}

impl Look {
    const fn new(weight: Weight, size: f32, lead: f32, color: Rgb) -> Look {
        Look {
            weight,
            size,
            lead,
            color,
        }
    }
}

const BODY: Look = Look::new(Weight::Regular, 10.0, 14.5, INK);
const BODY_BOLD: Look = Look {
    weight: Weight::Bold,
    ..BODY
};
const NOTE: Look = Look::new(Weight::Regular, 9.0, 13.0, MUTED);
const KICKER: Look = Look::new(Weight::Bold, 11.0, 16.0, MUTED);
const TITLE: Look = Look::new(Weight::Bold, 26.0, 33.0, ACCENT);
const SUBTITLE: Look = Look::new(Weight::Regular, 15.0, 21.0, INK);
const H1: Look = Look::new(Weight::Bold, 17.0, 23.0, ACCENT);
const H2: Look = Look::new(Weight::Bold, 12.5, 17.0, ACCENT);
const FOOTER: Look = Look::new(Weight::Regular, 8.0, 10.0, MUTED);

pub(super) fn render(annex: &Annex) -> Result<Vec<u8>, ExportError> {
    let fonts = Fonts::load()?;
    let mut layout = Layout::new(&fonts);
    for block in &annex.blocks {
        layout.block(block);
    }
    write(annex, &fonts, layout)
}

// ---------------------------------------------------------------------------------
// Fonts and measuring

/// One face twice: parsed for measuring, and as krilla's font for drawing.
struct Face {
    metrics: ttf_parser::Face<'static>,
    font: krilla::text::Font,
    units_per_em: f32,
}

impl Face {
    fn load(data: &'static [u8]) -> Result<Self, ExportError> {
        let metrics =
            ttf_parser::Face::parse(data, 0).map_err(|e| ExportError::Pdf(format!("font: {e}")))?;
        let font = krilla::text::Font::new(data.into(), 0)
            .ok_or_else(|| ExportError::Pdf("font: krilla cannot read DejaVu Sans".into()))?;
        let units_per_em = f32::from(metrics.units_per_em().max(1));
        Ok(Face {
            metrics,
            font,
            units_per_em,
        })
    }

    fn has(&self, c: char) -> bool {
        self.metrics.glyph_index(c).is_some_and(|g| g.0 != 0)
    }

    fn char_width(&self, c: char, size: f32) -> f32 {
        let units = self
            .metrics
            .glyph_index(c)
            .and_then(|g| self.metrics.glyph_hor_advance(g))
            .unwrap_or(0);
        f32::from(units) * size / self.units_per_em
    }

    /// The width without kerning. DejaVu's kerning mostly narrows, so lines measured
    /// this way never stick out of the column.
    fn width(&self, s: &str, size: f32) -> f32 {
        s.chars().map(|c| self.char_width(c, size)).sum()
    }
}

struct Fonts {
    regular: Face,
    bold: Face,
}

impl Fonts {
    fn load() -> Result<Self, ExportError> {
        Ok(Fonts {
            regular: Face::load(dejavu::sans::regular())?,
            bold: Face::load(dejavu::sans::bold())?,
        })
    }

    fn face(&self, w: Weight) -> &Face {
        match w {
            Weight::Regular => &self.regular,
            Weight::Bold => &self.bold,
        }
    }
}

/// Characters that change nothing visible (joiners, variation selectors, bidi marks,
/// soft hyphens); dropped rather than drawn as boxes.
fn is_invisible(c: char) -> bool {
    matches!(c,
        '\u{00AD}' | '\u{034F}' | '\u{061C}' | '\u{180E}'
        | '\u{200B}'..='\u{200F}'
        | '\u{202A}'..='\u{202E}'
        | '\u{2060}'..='\u{206F}'
        | '\u{FE00}'..='\u{FE0F}'
        | '\u{FEFF}'
        | '\u{E0000}'..='\u{E0FFF}')
}

fn is_private_use(c: char) -> bool {
    matches!(c, '\u{E000}'..='\u{F8FF}' | '\u{F0000}'..='\u{10FFFF}')
}

/// Marks that sit on the previous character; a line is never broken before one.
fn is_combining(c: char) -> bool {
    matches!(c,
        '\u{0300}'..='\u{036F}'
        | '\u{1AB0}'..='\u{1AFF}'
        | '\u{1DC0}'..='\u{1DFF}'
        | '\u{20D0}'..='\u{20FF}'
        | '\u{FE20}'..='\u{FE2F}')
}

/// Text the face can draw: `\n` kept for line breaks, tabs as spaces, control and
/// invisible characters dropped, and each run of characters the font lacks (an emoji
/// with its joiners and modifiers) replaced by one `?`. PDF/A forbids the font's
/// empty `.notdef` glyph and private-use characters, so this keeps the file valid.
fn drawable(face: &Face, s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut in_missing = false;
    for c in s.chars() {
        match c {
            '\n' | '\u{2028}' | '\u{2029}' => out.push('\n'),
            '\t' => out.push(' '),
            c if c.is_control() || is_invisible(c) => continue,
            c if is_private_use(c) || !face.has(c) => {
                if !in_missing {
                    out.push('?');
                }
                in_missing = true;
                continue;
            }
            c => out.push(c),
        }
        in_missing = false;
    }
    out
}

/// One wrapped line. `soft` when it ended at a space, which is then drawn too:
/// tagged PDF wants word boundaries as real spaces, also at the end of a line.
#[derive(Debug, Clone, PartialEq)]
struct Line {
    text: String,
    soft: bool,
}

/// Where a too-long word (a URL, an e-mail address) may best be cut: after these.
const BREAK_AFTER: &[char] = &[
    '/', '-', '_', '.', '?', '&', '=', ',', ';', ':', '@', '#', '+',
];

/// Cuts a word wider than `width` into pieces that fit, preferring to cut after
/// punctuation in its second half and never before a combining mark.
fn split_word(face: &Face, size: f32, word: &str, width: f32) -> Vec<String> {
    let mut pieces = Vec::new();
    let mut cur = String::new();
    let mut cur_w = 0.0;
    let mut preferred: Option<usize> = None;
    for c in word.chars() {
        let cw = face.char_width(c, size);
        if cur_w + cw > width && !cur.is_empty() && !is_combining(c) {
            let cut = match preferred {
                Some(at) if at * 2 >= cur.len() && at < cur.len() => at,
                _ => cur.len(),
            };
            let rest = cur.split_off(cut);
            pieces.push(std::mem::replace(&mut cur, rest));
            cur_w = face.width(&cur, size);
            preferred = None;
        }
        cur.push(c);
        cur_w += cw;
        if BREAK_AFTER.contains(&c) {
            preferred = Some(cur.len());
        }
    }
    if !cur.is_empty() {
        pieces.push(cur);
    }
    pieces
}

/// Wraps already drawable text to `width`; `\n` starts a new line, blank lines in
/// the middle are kept, and words longer than a line are cut.
fn wrap(face: &Face, size: f32, text: &str, width: f32) -> Vec<Line> {
    let space = face.char_width(' ', size);
    let mut lines = Vec::new();
    for hard in text.split('\n') {
        let mut cur = String::new();
        let mut cur_w = 0.0;
        let mut any = false;
        for word in hard.split(' ').filter(|w| !w.is_empty()) {
            any = true;
            let w = face.width(word, size);
            if !cur.is_empty() && cur_w + space + w <= width {
                cur.push(' ');
                cur.push_str(word);
                cur_w += space + w;
                continue;
            }
            if !cur.is_empty() {
                lines.push(Line {
                    text: std::mem::take(&mut cur),
                    soft: true,
                });
            }
            if w <= width {
                cur = word.to_owned();
                cur_w = w;
            } else {
                let mut pieces = split_word(face, size, word, width);
                let last = pieces.pop().unwrap_or_default();
                lines.extend(pieces.into_iter().map(|text| Line { text, soft: false }));
                cur_w = face.width(&last, size);
                cur = last;
            }
        }
        if any {
            lines.push(Line {
                text: cur,
                soft: false,
            });
        } else {
            lines.push(Line {
                text: String::new(),
                soft: false,
            });
        }
    }
    // Blank lines only separate; at the start or end they would just be gaps.
    while lines.last().is_some_and(|l| l.text.is_empty()) {
        lines.pop();
    }
    let lead = lines.iter().take_while(|l| l.text.is_empty()).count();
    lines.drain(..lead);
    lines
}

/// Cuts text to fit `width`, ending in an ellipsis when it had to cut.
fn truncate(face: &Face, size: f32, text: &str, width: f32) -> String {
    let flat = text.replace('\n', " ");
    if face.width(&flat, size) <= width {
        return flat;
    }
    let room = width - face.char_width('…', size);
    let mut out = String::new();
    let mut w = 0.0;
    for c in flat.chars() {
        w += face.char_width(c, size);
        if w > room {
            break;
        }
        out.push(c);
    }
    out.push('…');
    out
}

// ---------------------------------------------------------------------------------
// Structure tree

/// The kinds of structure element the annex uses.
#[derive(Debug, Clone)]
enum Kind {
    Heading(u16, String),
    P,
    L,
    Li,
    Lbl,
    LBody,
    Table,
    THead,
    TBody,
    Tr,
    Th(TableHeaderScope),
    Td,
}

#[derive(Debug, Clone)]
enum Child {
    Node(Node),
    /// A line of text, by its number in drawing order.
    Leaf(usize),
}

#[derive(Debug, Clone)]
struct Node {
    kind: Kind,
    children: Vec<Child>,
}

impl Node {
    fn new(kind: Kind) -> Self {
        Node {
            kind,
            children: Vec::new(),
        }
    }

    fn push(&mut self, n: Node) {
        self.children.push(Child::Node(n));
    }
}

// ---------------------------------------------------------------------------------
// Layout

#[derive(Debug, Clone)]
enum Op {
    /// A line of text on its baseline; `leaf` is `None` for decoration (artifacts).
    Text {
        x: f32,
        y: f32,
        look: Look,
        text: String,
        leaf: Option<usize>,
    },
    /// A horizontal rule.
    Rule {
        x0: f32,
        x1: f32,
        y: f32,
        color: Rgb,
    },
    /// A filled rectangle behind table headings.
    Fill {
        rect: (f32, f32, f32, f32),
        color: Rgb,
    },
}

/// An outline (bookmark) entry.
struct Mark {
    level: u8,
    title: String,
    page: usize,
    y: f32,
}

/// The wrapped lines of each cell of a row, with how they look.
type Cells = Vec<(Look, Vec<Line>)>;

/// A table as the layout sees it: columns and rows of cells, each cell lines of text.
struct Grid<'a> {
    /// Left edge and width of each column.
    cols: Vec<(f32, f32)>,
    head: Option<&'a [String]>,
    /// A Fields table: the first column is the (bold) row header.
    row_headers: bool,
}

struct Layout<'f> {
    fonts: &'f Fonts,
    pages: Vec<Vec<Op>>,
    /// Top of the next line on the current page.
    y: f32,
    /// Below the repeated table heading, where a fresh page's content starts.
    content_top: f32,
    leaves: usize,
    roots: Vec<Node>,
    marks: Vec<Mark>,
}

impl<'f> Layout<'f> {
    fn new(fonts: &'f Fonts) -> Self {
        Layout {
            fonts,
            pages: vec![Vec::new()],
            y: TOP,
            content_top: TOP,
            leaves: 0,
            roots: Vec::new(),
            marks: Vec::new(),
        }
    }

    fn page(&self) -> usize {
        self.pages.len().saturating_sub(1)
    }

    fn ops(&mut self) -> &mut Vec<Op> {
        if self.pages.is_empty() {
            self.pages.push(Vec::new());
        }
        let last = self.page();
        &mut self.pages[last]
    }

    fn at_page_top(&self) -> bool {
        self.y <= self.content_top + 0.5
    }

    fn new_page(&mut self) {
        self.pages.push(Vec::new());
        self.y = TOP;
        self.content_top = TOP;
    }

    /// Starts a new page unless `h` more points fit (or the page is still empty, so a
    /// block taller than a page cannot loop).
    fn ensure(&mut self, h: f32) -> bool {
        if self.y + h > BOTTOM && !self.at_page_top() {
            self.new_page();
            return true;
        }
        false
    }

    fn gap(&mut self, h: f32) {
        if !self.at_page_top() {
            self.y += h;
        }
    }

    fn baseline(&self, look: Look) -> f32 {
        // DejaVu's ascent is 0.928 em and its descent 0.236 em; centre that in the line.
        self.y + (look.lead - 1.164 * look.size) / 2.0 + 0.928 * look.size
    }

    /// Places one line of (drawable) text at the cursor and moves down.
    fn line(&mut self, x: f32, look: Look, line: &Line, node: &mut Node) {
        self.ensure(look.lead);
        if !line.text.is_empty() {
            let leaf = self.leaves;
            self.leaves += 1;
            let y = self.baseline(look);
            let text = if line.soft {
                format!("{} ", line.text)
            } else {
                line.text.clone()
            };
            self.ops().push(Op::Text {
                x,
                y,
                look,
                text,
                leaf: Some(leaf),
            });
            node.children.push(Child::Leaf(leaf));
        }
        self.y += look.lead;
    }

    fn lines(&self, look: Look, text: &str, width: f32) -> Vec<Line> {
        let face = self.fonts.face(look.weight);
        wrap(face, look.size, &drawable(face, text), width)
    }

    fn text(&mut self, x: f32, width: f32, look: Look, text: &str, node: &mut Node) {
        for l in self.lines(look, text, width) {
            self.line(x, look, &l, node);
        }
    }

    fn block(&mut self, block: &Block) {
        match block {
            Block::Title(t) => {
                self.heading_node(1, t, TITLE);
                self.y += 6.0;
            }
            Block::Heading(level, t) => {
                let look = if *level <= 1 { H1 } else { H2 };
                self.gap(if *level <= 1 { 8.0 } else { 12.0 });
                // Keep a heading with at least three lines of what follows.
                self.ensure(look.lead + 3.0 * BODY.lead + 8.0);
                self.heading_node(*level, t, look);
                if *level <= 1 {
                    let y = self.y + 2.0;
                    self.ops().push(Op::Rule {
                        x0: MARGIN_X,
                        x1: MARGIN_X + COLUMN,
                        y,
                        color: RULE,
                    });
                    self.y += 10.0;
                } else {
                    self.y += 3.0;
                }
            }
            Block::Para(style, t) => {
                if *style == Style::Kicker {
                    // The title page starts a third of the way down, like a cover.
                    self.y = self.y.max(TOP + 150.0);
                }
                let look = match style {
                    Style::Kicker => KICKER,
                    Style::Subtitle => SUBTITLE,
                    Style::Body => BODY,
                    Style::Note => NOTE,
                };
                let mut p = Node::new(Kind::P);
                self.text(MARGIN_X, COLUMN, look, t, &mut p);
                self.roots.push(p);
                self.y += match style {
                    Style::Subtitle => 18.0,
                    Style::Kicker => 4.0,
                    _ => 6.0,
                };
            }
            Block::Bullets(items) => self.bullets(items),
            Block::Fields(fields) => self.fields(fields),
            Block::Table(t) => self.table(t),
            Block::PageBreak => {
                if !self.at_page_top() {
                    self.new_page();
                }
            }
            Block::Group(blocks) => {
                // Lay the group out on a scratch page to learn its height.
                let mut probe = Layout::new(self.fonts);
                for b in blocks {
                    probe.block(b);
                }
                if probe.pages.len() == 1 {
                    self.ensure(probe.y - TOP + 12.0);
                }
                for b in blocks {
                    self.block(b);
                }
            }
        }
    }

    fn heading_node(&mut self, level: u8, text: &str, look: Look) {
        let title: String = text.chars().take(MAX_META_CHARS).collect();
        let mut h = Node::new(Kind::Heading(u16::from(level), title.clone()));
        let lines = self.lines(look, text, COLUMN);
        // The first line decides the page; record the bookmark after it is placed.
        let mut first = true;
        for l in &lines {
            self.line(MARGIN_X, look, l, &mut h);
            if first {
                self.marks.push(Mark {
                    level,
                    title: title.replace('\n', " "),
                    page: self.page(),
                    y: self.y - look.lead,
                });
                first = false;
            }
        }
        self.roots.push(h);
    }

    fn bullets(&mut self, items: &[String]) {
        let mut list = Node::new(Kind::L);
        for item in items {
            let lines = self.lines(BODY, item, COLUMN - INDENT);
            if lines.is_empty() {
                continue;
            }
            self.ensure(BODY.lead);
            let mut li = Node::new(Kind::Li);
            let mut lbl = Node::new(Kind::Lbl);
            let leaf = self.leaves;
            self.leaves += 1;
            let y = self.baseline(BODY);
            self.ops().push(Op::Text {
                x: MARGIN_X + 4.0,
                y,
                look: BODY,
                text: "•".to_owned(),
                leaf: Some(leaf),
            });
            lbl.children.push(Child::Leaf(leaf));
            let mut body = Node::new(Kind::LBody);
            for l in &lines {
                self.line(MARGIN_X + INDENT, BODY, l, &mut body);
            }
            li.push(lbl);
            li.push(body);
            list.push(li);
            self.y += 1.5;
        }
        self.roots.push(list);
        self.y += 5.0;
    }

    fn fields(&mut self, fields: &[Field]) {
        // As wide as the longest label (so "Eindverantwoordelijk (A)" stays on one
        // line), within limits that leave the values most of the room.
        let face = self.fonts.face(BODY_BOLD.weight);
        let longest = fields
            .iter()
            .flat_map(|f| f.key.iter())
            .flat_map(|k| k.split('\n'))
            .map(|k| face.width(&drawable(face, k), BODY_BOLD.size))
            .fold(0.0, f32::max);
        let key_w = (longest + GUTTER + 1.0)
            .clamp(COLUMN * 0.18, COLUMN * 0.36)
            .ceil();
        let grid = Grid {
            cols: vec![(MARGIN_X, key_w), (MARGIN_X + key_w, COLUMN - key_w)],
            head: None,
            row_headers: true,
        };
        let rows: Vec<Vec<String>> = fields
            .iter()
            .map(|f| vec![f.key.join("\n"), f.value.join("\n")])
            .collect();
        self.grid(&grid, &rows);
    }

    fn table(&mut self, t: &Table) {
        let total: f32 = t.widths.iter().sum::<f32>().max(f32::EPSILON);
        let mut x = MARGIN_X;
        let cols = t
            .widths
            .iter()
            .map(|w| {
                let width = COLUMN * w / total;
                let col = (x, width);
                x += width;
                col
            })
            .collect();
        let grid = Grid {
            cols,
            head: Some(&t.head),
            row_headers: false,
        };
        self.grid(&grid, &t.rows);
    }

    /// The lines of each cell of a row.
    fn cells(&self, grid: &Grid, row: &[String], head: bool) -> Cells {
        grid.cols
            .iter()
            .enumerate()
            .map(|(i, &(_, w))| {
                let look = if head || (grid.row_headers && i == 0) {
                    BODY_BOLD
                } else {
                    BODY
                };
                let inner = if i + 1 < grid.cols.len() {
                    w - GUTTER
                } else {
                    w
                };
                let text = row.get(i).map(String::as_str).unwrap_or("");
                (look, self.lines(look, text, inner.max(20.0)))
            })
            .collect()
    }

    /// Draws the heading row; `node` is `None` when it is repeated on a new page, so
    /// it is decoration rather than content read twice.
    fn head_row(&mut self, grid: &Grid, node: Option<&mut Node>) {
        let Some(head) = grid.head else {
            return;
        };
        let cells = self.cells(grid, head, true);
        let n = cells.iter().map(|(_, l)| l.len()).max().unwrap_or(0);
        let h = n as f32 * BODY.lead + 2.0 * CELL_PAD;
        self.ensure(h + BODY.lead + 2.0 * CELL_PAD);
        let y0 = self.y;
        self.ops().push(Op::Fill {
            rect: (MARGIN_X - 4.0, y0, COLUMN + 8.0, h),
            color: HEAD_FILL,
        });
        let mut tr = Node::new(Kind::Tr);
        for (i, (look, lines)) in cells.iter().enumerate() {
            let x = grid.cols.get(i).map(|c| c.0).unwrap_or(MARGIN_X);
            let mut th = Node::new(Kind::Th(TableHeaderScope::Column));
            for (j, l) in lines.iter().enumerate() {
                self.y = y0 + CELL_PAD + j as f32 * BODY.lead;
                if node.is_some() {
                    self.line(x, *look, l, &mut th);
                } else if !l.text.is_empty() {
                    let y = self.baseline(*look);
                    self.ops().push(Op::Text {
                        x,
                        y,
                        look: *look,
                        text: l.text.clone(),
                        leaf: None,
                    });
                }
            }
            tr.push(th);
        }
        self.y = y0 + h;
        if let Some(node) = node {
            let mut thead = Node::new(Kind::THead);
            thead.push(tr);
            node.push(thead);
        } else {
            // Repeated on a fresh page: rows below it count as the top of the page.
            self.content_top = self.y;
        }
    }

    /// A row taller than what is left of the page: line by line across pages.
    fn tall_row(&mut self, grid: &Grid, cells: &Cells, nodes: &mut [Node], n: usize) {
        for j in 0..n {
            if self.y + BODY.lead > BOTTOM {
                self.new_page();
                self.head_row(grid, None);
            }
            let top = self.y;
            for (i, (look, lines)) in cells.iter().enumerate() {
                if let (Some(l), Some(cell)) = (lines.get(j), nodes.get_mut(i)) {
                    let x = grid.cols.get(i).map(|c| c.0).unwrap_or(MARGIN_X);
                    self.y = top;
                    self.line(x, *look, l, cell);
                }
            }
            self.y = top + BODY.lead;
        }
    }

    fn grid(&mut self, grid: &Grid, rows: &[Vec<String>]) {
        let prepared: Vec<(Cells, usize)> = rows
            .iter()
            .map(|row| {
                let cells = self.cells(grid, row, false);
                let n = cells.iter().map(|(_, l)| l.len()).max().unwrap_or(0).max(1);
                (cells, n)
            })
            .collect();
        let head = if grid.head.is_some() {
            BODY.lead + 2.0 * CELL_PAD
        } else {
            0.0
        };
        let total: f32 = head
            + prepared
                .iter()
                .map(|(_, n)| *n as f32 * BODY.lead + 2.0 * CELL_PAD)
                .sum::<f32>();
        // A short table (a task's letters, a checklist group) is kept on one page.
        if total <= (BOTTOM - TOP) / 2.0 {
            self.ensure(total);
        }
        let mut table = Node::new(Kind::Table);
        self.head_row(grid, Some(&mut table));
        let mut body = Node::new(Kind::TBody);
        for (cells, n) in prepared {
            let h = n as f32 * BODY.lead + 2.0 * CELL_PAD;
            // A row stays on one page unless it is taller than a page.
            if self.ensure(h) {
                self.head_row(grid, None);
            }
            let mut tr = Node::new(Kind::Tr);
            let mut cell_nodes: Vec<Node> = (0..cells.len())
                .map(|i| {
                    Node::new(if grid.row_headers && i == 0 {
                        Kind::Th(TableHeaderScope::Row)
                    } else {
                        Kind::Td
                    })
                })
                .collect();
            self.y += CELL_PAD;
            if self.y + n as f32 * BODY.lead <= BOTTOM {
                // Cell after cell, so the content stream reads in order too.
                let top = self.y;
                for (i, (look, lines)) in cells.iter().enumerate() {
                    let x = grid.cols.get(i).map(|c| c.0).unwrap_or(MARGIN_X);
                    if let Some(cell) = cell_nodes.get_mut(i) {
                        self.y = top;
                        for l in lines {
                            self.line(x, *look, l, cell);
                        }
                    }
                }
                self.y = top + n as f32 * BODY.lead;
            } else {
                self.tall_row(grid, &cells, &mut cell_nodes, n);
            }
            self.y += CELL_PAD;
            let y = self.y;
            self.ops().push(Op::Rule {
                x0: MARGIN_X,
                x1: MARGIN_X + COLUMN,
                y,
                color: RULE,
            });
            for c in cell_nodes.drain(..) {
                tr.push(c);
            }
            body.push(tr);
        }
        table.push(body);
        self.roots.push(table);
        // Past the table, a repeated heading no longer marks the top of the page.
        self.content_top = TOP;
        self.y += 10.0;
    }
}

// ---------------------------------------------------------------------------------
// Drawing

fn krilla_err(e: impl std::fmt::Debug) -> ExportError {
    ExportError::Pdf(format!("{e:?}"))
}

fn fill(s: &mut Surface, c: Rgb) {
    s.set_fill(Some(Fill {
        paint: rgb::Color::new(c.0, c.1, c.2).into(),
        opacity: NormalizedF32::ONE,
        rule: Default::default(),
    }));
}

fn write(annex: &Annex, fonts: &Fonts, layout: Layout) -> Result<Vec<u8>, ExportError> {
    let Layout {
        pages,
        leaves,
        roots,
        marks,
        ..
    } = layout;
    let configuration = ConfigurationBuilder::new()
        .with_archival_validator(Archival::A2_A)
        .with_accessibility_validator(Accessibility::UA1)
        .finish()
        .map_err(krilla_err)?;
    let settings = SerializeSettings {
        configuration,
        enable_tagging: true,
        ..SerializeSettings::default()
    };
    let mut doc = Document::new_with(settings);
    let mut ids: Vec<Option<Identifier>> = vec![None; leaves];
    let total = pages.len();
    let size = PageSettings::from_wh(PAGE_W, PAGE_H)
        .ok_or_else(|| ExportError::Pdf("page size".into()))?;
    for (index, ops) in pages.iter().enumerate() {
        let mut page = doc.start_page_with(size.clone());
        let mut s = page.surface();
        for op in ops {
            draw(&mut s, fonts, op, &mut ids);
        }
        footer(&mut s, fonts, annex, index + 1, total);
        s.finish();
        page.finish();
    }

    let mut tree = TagTree::new().with_lang(Some(annex.lang.code().to_owned()));
    for root in roots {
        tree.push(group(root, &mut ids));
    }
    doc.set_tag_tree(tree);
    doc.set_outline(outline(&marks));
    doc.set_metadata(metadata(annex));
    doc.finish().map_err(|e| match e {
        krilla::error::KrillaError::Validation(list) => ExportError::Pdf(format!(
            "PDF/A validation: {:?}",
            list.iter().map(|(v, _)| v).collect::<Vec<_>>()
        )),
        other => ExportError::Pdf(other.to_string()),
    })
}

fn draw(s: &mut Surface, fonts: &Fonts, op: &Op, ids: &mut [Option<Identifier>]) {
    match op {
        Op::Text {
            x,
            y,
            look,
            text,
            leaf,
        } => {
            let id = match leaf {
                Some(_) => s.start_tagged(ContentTag::Span(SpanTag::empty())),
                None => s.start_tagged(ContentTag::Artifact(Artifact::with_kind(
                    ArtifactType::PaginationOther,
                ))),
            };
            fill(s, look.color);
            s.draw_text(
                Point::from_xy(*x, *y),
                fonts.face(look.weight).font.clone(),
                look.size,
                text,
                false,
                TextDirection::Auto,
            );
            s.end_tagged();
            if let Some(slot) = leaf.and_then(|l| ids.get_mut(l)) {
                *slot = Some(id);
            }
        }
        Op::Rule { x0, x1, y, color } => {
            let mut pb = PathBuilder::new();
            pb.move_to(*x0, *y);
            pb.line_to(*x1, *y);
            if let Some(path) = pb.finish() {
                s.start_tagged(ContentTag::Artifact(Artifact::with_kind(
                    ArtifactType::Layout,
                )));
                s.set_fill(None);
                s.set_stroke(Some(Stroke {
                    paint: rgb::Color::new(color.0, color.1, color.2).into(),
                    width: 0.6,
                    ..Stroke::default()
                }));
                s.draw_path(&path);
                s.set_stroke(None);
                s.end_tagged();
            }
        }
        Op::Fill { rect, color } => {
            let mut pb = PathBuilder::new();
            if let Some(r) = Rect::from_xywh(rect.0, rect.1, rect.2, rect.3) {
                pb.push_rect(r);
            }
            if let Some(path) = pb.finish() {
                s.start_tagged(ContentTag::Artifact(Artifact::with_kind(
                    ArtifactType::Layout,
                )));
                fill(s, *color);
                s.draw_path(&path);
                s.end_tagged();
            }
        }
    }
}

/// The annex's name on the left, "pagina X van Y" on the right, above a thin rule.
fn footer(s: &mut Surface, fonts: &Fonts, annex: &Annex, page: usize, pages: usize) {
    let face = &fonts.regular;
    let label = drawable(face, &annex.page_label(page, pages));
    let label_w = face.width(&label, FOOTER.size);
    let left = truncate(
        face,
        FOOTER.size,
        &drawable(face, &annex.footer),
        COLUMN - label_w - 24.0,
    );
    let rule = Op::Rule {
        x0: MARGIN_X,
        x1: MARGIN_X + COLUMN,
        y: FOOTER_BASELINE - FOOTER.lead - 2.0,
        color: RULE,
    };
    draw(s, fonts, &rule, &mut []);
    for (x, text) in [(MARGIN_X, left), (MARGIN_X + COLUMN - label_w, label)] {
        s.start_tagged(ContentTag::Artifact(Artifact::with_kind(
            ArtifactType::Footer,
        )));
        fill(s, FOOTER.color);
        s.draw_text(
            Point::from_xy(x, FOOTER_BASELINE),
            face.font.clone(),
            FOOTER.size,
            &text,
            false,
            TextDirection::Auto,
        );
        s.end_tagged();
    }
}

fn tag(kind: Kind) -> TagKind {
    match kind {
        Kind::Heading(level, title) => Tag::Hn(
            NonZeroU16::new(level).unwrap_or(NonZeroU16::MIN),
            Some(title),
        )
        .into(),
        Kind::P => Tag::P.into(),
        Kind::L => Tag::L(ListNumbering::Disc).into(),
        Kind::Li => Tag::LI.into(),
        Kind::Lbl => Tag::Lbl.into(),
        Kind::LBody => Tag::LBody.into(),
        Kind::Table => Tag::Table.into(),
        Kind::THead => Tag::THead.into(),
        Kind::TBody => Tag::TBody.into(),
        Kind::Tr => Tag::TR.into(),
        Kind::Th(scope) => Tag::TH(scope).into(),
        Kind::Td => Tag::TD.into(),
    }
}

/// Turns a structure node into krilla's tag group, with each line's identifier.
fn group(node: Node, ids: &mut [Option<Identifier>]) -> TagGroup {
    let mut g = TagGroup::new(tag(node.kind));
    for child in node.children {
        match child {
            Child::Node(n) => g.push(group(n, ids)),
            Child::Leaf(i) => {
                if let Some(id) = ids.get_mut(i).and_then(Option::take) {
                    g.push(id);
                }
            }
        }
    }
    g
}

/// Bookmarks: the title and sections at the top, tasks and groups under their section.
fn outline(marks: &[Mark]) -> Outline {
    let mut outline = Outline::new();
    let mut section: Option<OutlineNode> = None;
    for m in marks {
        let node = OutlineNode::new(
            m.title.clone(),
            XyzDestination::new(m.page, Point::from_xy(MARGIN_X, m.y)),
        );
        if m.level <= 1 {
            if let Some(done) = section.take() {
                outline.push_child(done);
            }
            section = Some(node);
        } else {
            match section.as_mut() {
                Some(s) => s.push_child(node),
                None => outline.push_child(node),
            }
        }
    }
    if let Some(done) = section {
        outline.push_child(done);
    }
    outline
}

fn metadata(annex: &Annex) -> Metadata {
    use chrono::Datelike;
    let d = annex.date.naive();
    let title: String = annex
        .title
        .chars()
        .filter(|c| !c.is_control())
        .take(MAX_META_CHARS)
        .collect();
    Metadata::new()
        .title(title)
        .language(annex.lang.code().to_owned())
        .creator(format!("rolwijzer {}", env!("CARGO_PKG_VERSION")))
        .creation_date(
            DateTime::new(u16::try_from(d.year()).unwrap_or(2000))
                .month(u8::try_from(d.month()).unwrap_or(1))
                .day(u8::try_from(d.day()).unwrap_or(1)),
        )
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    fn fonts() -> Fonts {
        Fonts::load().unwrap()
    }

    #[test]
    fn long_words_are_cut_to_fit() {
        let f = fonts();
        let word = "a".repeat(500);
        let lines = wrap(&f.regular, 10.0, &word, 100.0);
        assert!(lines.len() > 5);
        assert_eq!(
            lines.iter().map(|l| l.text.as_str()).collect::<String>(),
            word
        );
        assert!(
            lines
                .iter()
                .all(|l| f.regular.width(&l.text, 10.0) <= 100.0)
        );
    }

    #[test]
    fn urls_are_cut_after_punctuation() {
        let f = fonts();
        let url = "https://example.org/een/heel/lang/pad/naar/de/werkwijze/van/de/samenwerking";
        let lines = wrap(&f.regular, 10.0, url, 120.0);
        assert!(lines.len() > 1);
        assert!(
            lines[..lines.len() - 1]
                .iter()
                .all(|l| l.text.ends_with('/'))
        );
    }

    #[test]
    fn missing_characters_become_one_question_mark() {
        let f = fonts();
        assert_eq!(drawable(&f.regular, "Zoë 🚀 👨‍👩‍👧\u{7}x"), "Zoë ? ?x");
        assert_eq!(drawable(&f.bold, "a\u{E000}b"), "a?b");
    }

    #[test]
    fn words_wrap_at_spaces_and_keep_blank_lines_between() {
        let f = fonts();
        let lines = wrap(&f.regular, 10.0, "een twee drie\n\nvier", 1000.0);
        let texts: Vec<&str> = lines.iter().map(|l| l.text.as_str()).collect();
        assert_eq!(texts, ["een twee drie", "", "vier"]);
        let narrow = wrap(&f.regular, 10.0, "een twee drie", 40.0);
        assert!(narrow.len() >= 2 && narrow[0].soft);
    }
}
