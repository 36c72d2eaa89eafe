-- title: 标点符号错误
-- summary: 重复的标点（“。。”“，，”）、段末缺少句号即进入下一标题、以及引号或括号不成对，都是公开文本的校对疏漏。
-- severity: warning
-- description: Punctuation a proof-reader would mark: a doubled mark (。。 ，， ；； 、、, or a comma or semicolon right before a full stop); a paragraph of prose (a line of at least 20 characters with a comma) that ends without a full stop, colon or semicolon right before a heading of the first two levels (一、 or （一）) — a wrapped line never ends right before one; and a sentence whose quotation marks (“ ”) or brackets (（ ）, ASCII too) do not pair, where the sentence next to it does not make up the difference (a bracket may close after a full stop: "（…6.7万元。）比上年"). Table rows (cells joined with |) are not prose and are left alone. Read from int_text_lines and int_text_sentences (see text_template_leftover on why the text-hygiene rules are SQL).
-- grain: one row per punctuation defect
-- depends_on: int_text_lines, int_text_sentences
with doubled as (
    select doc_id, line, line_start, unnest(regexp_extract_all(line, '[。，；、]{2,}|[，；、][。]')) as phrase
    from int_text_lines
    where regexp_matches(line, '[。，；、]{2,}|[，；、][。]') and not regexp_matches(line, '\|')
),

lines as (
    select *, lead(line) over (partition by doc_id order by line_no) as next_line from int_text_lines
),

no_stop as (
    select doc_id, line, line_start, regexp_extract(line, '.{1,12}$') as phrase, next_line
    from lines
    where length(trim(line)) >= 20 and regexp_matches(line, '，') and not regexp_matches(line, '\|')
      and regexp_matches(trim(line), '[\p{Han}0-9）)”%]$')
      and regexp_matches(coalesce(next_line, ''), '^\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])\s*\p{Han}')
),

counted as (
    select *,
        (length(sentence) - length(replace(sentence, '“', ''))) - (length(sentence) - length(replace(sentence, '”', ''))) as quote_gap,
        (length(sentence) - length(replace(replace(sentence, '（', ''), '(', ''))) - (length(sentence) - length(replace(replace(sentence, '）', ''), ')', ''))) as bracket_gap
    from int_text_sentences
),

neighbours as (
    select *,
        lag(quote_gap, 1, 0) over w as prev_q, lead(quote_gap, 1, 0) over w as next_q,
        lag(bracket_gap, 1, 0) over w as prev_b, lead(bracket_gap, 1, 0) over w as next_b
    from counted
    window w as (partition by doc_id order by sentence_no)
),

unpaired as (
    select doc_id, sentence, sentence_start,
        case when quote_gap <> 0 and quote_gap + prev_q <> 0 and quote_gap + next_q <> 0 then '引号' else '括号' end as mark
    from neighbours
    -- Prose only; the neighbours above are every sentence, so a bracket closing after a 。 still pairs.
    where not regexp_matches(sentence, '\|') and regexp_matches(sentence, '，') and length(sentence) <= 400
      and ((quote_gap <> 0 and quote_gap + prev_q <> 0 and quote_gap + next_q <> 0)
       or (bracket_gap <> 0 and bracket_gap + prev_b <> 0 and bracket_gap + next_b <> 0))
),

final as (
    select 'text_punctuation' as rule_id, 'warning' as severity, 'fail' as status, doc_id, null as key, 'doubled' as code,
        null as expected, null as actual, null as difference,
        '标点重复：“' || phrase || '”' as message,
        cast(line_start + strpos(line, phrase) - 1 as INTEGER) as span_start,
        cast(line_start + strpos(line, phrase) - 1 + length(phrase) as INTEGER) as span_end,
        line as quote
    from doubled
    union all
    select 'text_punctuation', 'warning', 'fail', doc_id, null, 'no_full_stop', null, null, null,
        '段末“…' || trim(phrase) || '”没有句号，下一行即为标题“' || left(trim(next_line), 20) || '”',
        cast(line_start + length(line) - length(phrase) as INTEGER),
        cast(line_start + length(line) as INTEGER),
        line
    from no_stop
    union all
    select 'text_punctuation', 'warning', 'fail', doc_id, null, 'unpaired', null, null, null,
        '句中' || mark || '不成对',
        sentence_start,
        cast(sentence_start + length(sentence) - 1 as INTEGER),
        sentence
    from unpaired
)

select * from final
