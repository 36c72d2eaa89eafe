-- grain: one row per latest document: its unit's peer group (prefecture × unit-name suffix)
-- depends_on: int_documents_latest, ref_regions
-- description: A peer group is the units of one prefecture whose names end with the same suffix once the place names
-- description: are stripped from the front: 阿坝州总工会 and 汶川县总工会 are both 总工会 in 四川省 › 阿坝藏族羌族自治州.
-- description: Place names are ref_regions names and short names, stripped repeatedly (四川省阿坝州… works too).
-- description: peer_region is the first two levels of the region path. A 单位 (unit-scope) document's group ends
-- description: with ' · 单位': one unit's own budget is compared with other units', a 部门 with 部门. A unit whose name starts with no known place
-- description: name, or whose region is unknown, gets no peer group (peer_group NULL, status 'no_peer_group').
with recursive latest as (
    select * from int_documents_latest
),

regions as (
    select * from ref_regions
),

place_names as (
    select distinct
        place
    from (
        select name as place from regions
        union all
        select short_name as place from regions
    )
    where place is not null
      and place <> ''
),

stripped as (
    select
        doc_id,
        unit_name as rest,
        0 as depth
    from latest
    union all
    select
        s.doc_id,
        substr(s.rest, length(p.place) + 1) as rest,
        s.depth + 1 as depth
    from stripped as s
    join place_names as p
      on starts_with(s.rest, p.place)
     and length(s.rest) > length(p.place)
    where s.depth < 4
),

ranked_strips as (
    select
        doc_id,
        rest,
        depth,
        row_number() over (partition by doc_id order by length(rest) asc, depth desc, rest asc) as strip_rank
    from stripped
),

shortest as (
    select
        doc_id,
        rest as suffix,
        depth as n_places_stripped
    from ranked_strips
    where strip_rank = 1
),

final as (
    select
        l.doc_id,
        l.unit_name,
        l.fiscal_year,
        l.doc_kind,
        l.doc_scope,
        l.region,
        l.is_synthetic,
        array_to_string(list_slice(string_split(l.region, ' › '), 1, 2), ' › ') as peer_region,
        case when s.n_places_stripped > 0 then s.suffix end as unit_suffix,
        case
            when s.n_places_stripped > 0 and l.region is not null
                then array_to_string(list_slice(string_split(l.region, ' › '), 1, 2), ' › ') || ' · ' || s.suffix
                    -- A 单位预算/决算 (one unit) is compared with other units' own, not with departments (which
                    -- add their subordinate units): its group is marked.
                    || case when l.doc_scope = 'unit' then ' · 单位' else '' end
        end as peer_group,
        case
            when s.n_places_stripped > 0 and l.region is not null then 'ok'
            else 'no_peer_group'
        end as status
    from latest as l
    join shortest as s using (doc_id)
)

select * from final
