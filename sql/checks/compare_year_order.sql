-- title: 比较年份不当
-- summary: 与上年比较时写出的年份应是本财政年度的上一年（决算与本年预算比较除外）；写成本年、以后年份或更早年份，多为套用旧模板留下的错误。
-- severity: warning
-- description: A comparison written with a year ("比2022年预算增加", "与2023年度相比", "2022年当年预算执行数为") names the year before the document's fiscal year. A year equal to or after the fiscal year is reported (except a final account comparing with its own year's budget: "比2024年年初预算数"), and so is a year two or more years back (a stray year left from an older template). Read from the text's lines, so a comparison the extractor could not place is judged too. Suspicious, not impossible (a multi-year comparison may be meant): a warning.
-- grain: one row per comparison year written in the text
-- depends_on: int_text_lines, stg_documents
with docs as (
    select doc_id, fiscal_year, doc_kind from stg_documents where fiscal_year is not null
),

hits as (
    select l.doc_id, l.line, l.line_start, d.fiscal_year, d.doc_kind,
           unnest(regexp_extract_all(l.line, '(?:(?:比|较|与|同)\s*20[0-9]{2}\s*年(?:度)?[^，。；0-9]{0,8}|20[0-9]{2}\s*年(?:度)?(?:当年)?预算执行数)')) as phrase
    from int_text_lines as l
    join docs as d using (doc_id)
    where regexp_matches(l.line, '(?:比|较|与|同)\s*20[0-9]{2}\s*年|20[0-9]{2}\s*年(?:度)?(?:当年)?预算执行数')
),

parsed as (
    select distinct *, cast(regexp_extract(phrase, '(20[0-9]{2})', 1) as INTEGER) as year_written
    from hits
),

judged as (
    select *,
        case
            when year_written = fiscal_year - 1 then 'pass'
            when doc_kind = 'final' and year_written = fiscal_year and regexp_matches(phrase, '预算') then 'pass'
            when year_written >= fiscal_year then 'not_before'
            else 'stray'
        end as verdict
    from parsed
),

final as (
    select
        'compare_year_order' as rule_id,
        'warning' as severity,
        case when verdict = 'pass' then 'pass' else 'fail' end as status,
        doc_id,
        null as key,
        null as code,
        fiscal_year - 1 as expected,
        year_written as actual,
        year_written - (fiscal_year - 1) as difference,
        '“' || trim(phrase) || '”：' ||
            case verdict
                when 'pass' then '比较年份为上一年度，相符'
                when 'not_before' then fiscal_year || ' 年度文件与 ' || year_written || ' 年比较，比较年份不早于本年度，应为 ' || (fiscal_year - 1) || ' 年'
                else fiscal_year || ' 年度文件与 ' || year_written || ' 年比较，不是上一年度（应为 ' || (fiscal_year - 1) || ' 年），或为旧模板遗留'
            end as message,
        cast(line_start + strpos(line, phrase) - 1 as INTEGER) as span_start,
        cast(line_start + strpos(line, phrase) - 1 + length(phrase) as INTEGER) as span_end,
        line as quote
    from judged
)

select * from final
