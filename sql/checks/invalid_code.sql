-- title: 科目编码无效
-- summary: 正文或表格中写出的科目编码应是政府收支分类中存在、位数完整的编码；编码写错或缺位（如“301 2”应为“301 02”），读者无法据以核对。
-- severity: warning
-- description: A classification code as written exists and is well formed. In the narrative, a function code written beside its name ("其他社会保障和就业支出（2089901）") that the classification lacks while it has the same name under the same parent (2089999) is reported with the code it should be. The reference is not the whole classification (data/reference/README.md): a code it lacks with no such sibling is "not in the reference", listed as insufficient_data, never as invalid. In a table, the code cells of a row (类 | 款 | 项: "212 | 01 | 99") each have their full digits: a 款 or 项 cell of one digit ("301 | 2 | 津贴补贴") has lost one. Economic codes are judged only for their digits: the government economic classification (5xx) is not in the reference tables.
-- grain: one row per code written beside a name in the text, and per table row with code cells
-- depends_on: int_text_lines, stg_documents
with text_codes as (
    select doc_id, line, line_start, unnest(regexp_extract_all(line, '[\p{Han}、]{2,40}（2[0-9]{2}(?:[0-9]{2}){0,2}）')) as token
    from int_text_lines
    where regexp_matches(line, '（2[0-9]{2}(?:[0-9]{2}){0,2}）')
),

text_parsed as (
    select distinct doc_id, line, line_start, token,
        regexp_extract(token, '^([\p{Han}、]+)（', 1) as name,
        regexp_extract(token, '（([0-9]+)）$', 1) as code
    from text_codes
),

text_judged as (
    select t.*,
        exists (select 1 from ref_function_classification as r where r.code = t.code) as known,
        (select min(r.code) from ref_function_classification as r
         where r.name = t.name and left(r.code, length(t.code) - 2) = left(t.code, length(t.code) - 2) and length(r.code) = length(t.code)) as by_name
    from text_parsed as t
),

table_rows as (
    -- A table row as the reader kept it: cells joined with ' | ' (facts and unplaced cells of one row share it).
    select distinct f.doc_id, f.quote, f.span_start, f.span_end from facts as f
    join stg_documents as d using (doc_id)
    where d.is_latest and f.origin = 'table' and regexp_matches(f.quote, '^[0-9]{3} \| [0-9]')
    union
    select distinct u.doc_id, u.quote, u.span_start, u.span_end from unplaced as u
    join stg_documents as d using (doc_id)
    where d.is_latest and u.origin = 'table' and regexp_matches(u.quote, '^[0-9]{3} \| [0-9]')
),

table_parsed as (
    select doc_id, quote, min(span_start) as span_start, min(span_end) as span_end,
        regexp_extract(quote, '^([0-9]{3}(?: \| [0-9]{1,2}){1,2}) \| ', 1) as cells
    from table_rows
    group by doc_id, quote
),

final as (
    select
        'invalid_code' as rule_id,
        case when known or by_name is not null then 'warning' else 'info' end as severity,
        case when known then 'pass' when by_name is not null then 'fail' else 'insufficient_data' end as status,
        doc_id,
        'expenditure.function' as key,
        code,
        null as expected,
        null as actual,
        null as difference,
        case when known then '科目编码 ' || code || '（' || name || '）存在'
             when by_name is null then '“' || name || '”所注编码 ' || code || ' 不在参考科目表中，未判定'
             else '“' || name || '”所注编码 ' || code || ' 在政府收支分类科目中不存在，同名科目编码为 ' || by_name
                  || coalesce('；所述金额 ' || nullif(regexp_extract(substr(line, strpos(line, token)), '([0-9][0-9,]*(?:\.[0-9]+)?)\s*万?元', 1), '') || ' 万元', '')
        end as message,
        cast(line_start + strpos(line, token) - 1 as INTEGER) as span_start,
        cast(line_start + strpos(line, token) - 1 + length(token) as INTEGER) as span_end,
        line as quote
    from text_judged
    union all
    select
        'invalid_code',
        'warning',
        case when regexp_matches(cells, ' \| [0-9]( |$)') then 'fail' else 'pass' end,
        doc_id,
        null,
        replace(cells, ' | ', ''),
        null,
        null,
        null,
        case when regexp_matches(cells, ' \| [0-9]( |$)')
             then '表格行的科目编码“' || replace(cells, ' | ', ' ') || '”位数不全（款、项编码应为两位，如“' || regexp_replace(replace(cells, ' | ', ' '), ' ([0-9])( |$)', ' 0\1\2', 'g') || '”）'
             else '表格行的科目编码“' || replace(cells, ' | ', ' ') || '”位数完整' end,
        span_start,
        span_end,
        quote
    from table_parsed
    where cells <> ''
)

select * from final
