-- title: 模板文字未删改
-- summary: 公开文本中残留了模板的填写说明、未选定的备选词（如“增加（减少）”）、占位符或只有引导语而没有内容的原因说明，应按实际情况改写。
-- severity: warning
-- description: Text left from the template the document was written from: an alternative never chosen ("增加（减少）", "增长（下降）", "增（减）"), an instruction to the writer ("部门应根据实际情况进行解释和增减", "请根据…", "此处填写"), a placeholder (XX, ××), or a reason phrase with nothing after it ("主要原因是：。"). NOTE: the text-hygiene family is SQL over documents.text (int_text_lines), not a TypeScript pass at extraction: the rules are wording patterns, which SQL states as well as TypeScript, they need no new stored table (nothing in the extraction's schema changes), and one place (sql/checks) holds every rule a reader is shown. Each pattern is specific to template text so that a disclosure written in full gives no finding.
-- grain: one row per template leftover found in a line
-- depends_on: int_text_lines
with patterns as (
    select 'alternative' as kind, '(?:增加|增长|上升|节约)[（(](?:减少|下降|降低|超支)[）)]|增[（(]减[）)]|增加/减少|增长/下降' as re, '未选定的备选词' as what
    union all select 'instruction', '(?:应|请)根据(?:本部门|本单位)?实际情况(?:进行|填写|说明|增减|修改)|根据实际情况进行(?:解释|填写|说明|增减)|此处(?:填写|说明|列示)|（(?:请)?填写[^）]{0,10}）', '写给编制人员的模板说明'
    union all select 'placeholder', '(?:^|[^A-Za-z])(?:XX|X X|××|xxx|XXX)(?:[^A-Za-z]|$)', '占位符'
    union all select 'empty_reason', '(?:主要原因|原因)[是为]?[：:]?\s*[。；;]', '原因说明只有引导语，没有内容'
),

hits as (
    select l.doc_id, l.line, l.line_start, p.kind, p.what, regexp_extract(l.line, p.re) as phrase
    from int_text_lines as l
    join patterns as p on regexp_matches(l.line, p.re)
),

final as (
    select
        'text_template_leftover' as rule_id,
        'warning' as severity,
        'fail' as status,
        doc_id,
        null as key,
        kind as code,
        null as expected,
        null as actual,
        null as difference,
        what || '：“' || trim(phrase) || '”' as message,
        cast(line_start + strpos(line, phrase) - 1 as INTEGER) as span_start,
        cast(line_start + strpos(line, phrase) - 1 + length(phrase) as INTEGER) as span_end,
        line as quote
    from hits
    where phrase <> ''
)

select * from final
