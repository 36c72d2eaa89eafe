-- title: 数字中间断开
-- summary: 金额的数字之间出现空格（如“1 668.14万元”），多为 PDF 文本层把一个数字拆成两段；读者和程序都可能把它读成两个数。
-- severity: warning
-- description: An amount whose digits a space splits ("1 668.14万元", "12 345 678元"): digit groups of three after a space, or a space inside the digits before the decimal point, followed by 万元 or 元. The PDF text layer of some disclosures places digit runs as separate items; the extractor reads the part after the space only, so the figure is listed for a reader to confirm. Table rows (cells joined with |) are left alone. Read from int_text_lines (see text_template_leftover on why the text-hygiene rules are SQL).
-- grain: one row per split number in a line of prose
-- depends_on: int_text_lines
with hits as (
    select doc_id, line, line_start,
        unnest(regexp_extract_all(line, '(?:^|[^0-9.,])((?:[0-9]{1,3}(?: [0-9]{3})+(?:\.[0-9]+)?|[0-9]+ [0-9]*\.[0-9]+)\s*万?元)', 1)) as phrase
    from int_text_lines
    where regexp_matches(line, '[0-9] [0-9]') and not regexp_matches(line, '\|')
),

final as (
    select
        'number_split_digits' as rule_id,
        'warning' as severity,
        'fail' as status,
        doc_id,
        null as key,
        null as code,
        null as expected,
        null as actual,
        null as difference,
        '金额“' || phrase || '”的数字中间有空格，应为“' || replace(phrase, ' ', '') || '”' as message,
        cast(line_start + strpos(line, phrase) - 1 as INTEGER) as span_start,
        cast(line_start + strpos(line, phrase) - 1 + length(phrase) as INTEGER) as span_end,
        line as quote
    from hits
)

select * from final
