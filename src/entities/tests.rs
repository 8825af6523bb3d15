//! Table-driven tests of extraction on short texts: what must be found,
//! how it is keyed and merged, and what must not be reported.

use super::*;

/// (type, key, mention texts) of every entity found in `text`.
fn found(text: &str) -> Vec<(EntityType, String, Vec<String>)> {
    extract(&Tokens::new(text))
        .into_iter()
        .map(|e| {
            (
                e.kind,
                e.key,
                e.mentions.into_iter().map(|m| m.text).collect(),
            )
        })
        .collect()
}

fn entity_with_mention(text: &str, mention: &str) -> Option<Entity> {
    extract(&Tokens::new(text))
        .into_iter()
        .find(|e| e.mentions.iter().any(|m| m.text == mention))
}

/// The entity with a mention `mention` in `text`, which must be there: the
/// panic shows what was found instead.
fn expect_entity(text: &str, mention: &str) -> Entity {
    entity_with_mention(text, mention)
        .unwrap_or_else(|| panic!("{mention} in {text}: {:?}", found(text)))
}

/// Asserts that no entity of `text` has a mention `mention`.
fn expect_no_entity(text: &str, mention: &str) {
    assert!(
        entity_with_mention(text, mention).is_none(),
        "{mention} in {text}: {:?}",
        found(text)
    );
}

#[test]
fn known_entities_are_found_without_proclitics() {
    let cases = [
        (
            "وقال الرئيس إن للولايات المتحدة مصالح.",
            "للولايات المتحدة",
            "loc:US",
        ),
        (
            "وصل الوفد إلى روسيا البيضاء أمس.",
            "روسيا البيضاء",
            "loc:BY",
        ),
        ("وأعلنت أميركا موقفها.", "أميركا", "loc:US"),
        ("وأكد وبوتين ذلك.", "بوتين", "per:putin"),
        (
            "وهاجمت إسرائيل مواقع لحزب الله في الجنوب.",
            "حزب الله",
            "org:hezbollah",
        ),
        ("وذكرت وكالة أنباء تاس أن الاجتماع انتهى.", "تاس", "org:tass"),
        ("في بحر قزوين وجنوب القوقاز.", "بحر قزوين", "loc:caspian"),
    ];
    for (text, mention, key) in cases {
        let entity = expect_entity(text, mention);
        assert_eq!(entity.key, key, "{text}");
    }
}

#[test]
fn mentions_of_one_person_merge_across_spellings() {
    let text =
        "التقى مسعود بيزيشكيان نظيره. وقال بيزشكيان إن الاتفاق مهم، وأضاف بزشكيان أن العمل مستمر.";
    let entity = entity_with_mention(text, "مسعود بيزيشكيان").expect("the full name");
    let mentions: Vec<&str> = entity.mentions.iter().map(|m| m.text.as_str()).collect();
    assert_eq!(mentions, ["مسعود بيزيشكيان", "بيزشكيان", "بزشكيان"]);
    assert_eq!(entity.key, "per:pezeshkian");
}

#[test]
fn unknown_people_merge_on_their_family_name_with_a_stable_key() {
    let first = "وقال الوزير كريم حداد إن المفاوضات ستستأنف. وأضاف حداد أن الوفد سيصل غدا.";
    let second = "وقال وزير المالية كريم حداد إن العجز تراجع.";
    let a = entity_with_mention(first, "كريم حداد").expect("full name in the first text");
    assert!(
        a.mentions.iter().any(|m| m.text == "حداد"),
        "{:?}",
        a.mentions
    );
    let b = entity_with_mention(second, "كريم حداد").expect("full name in the second text");
    assert_eq!(a.key, b.key);
    assert_eq!(a.kind, EntityType::Person);
}

#[test]
fn two_people_joined_by_and_are_two() {
    let text = "وسجل أيوب الكعبي هدفين، فيما أضاف إبراهيم دياز وعز الدين أوناحي الأهداف الأخرى.";
    let people: Vec<Vec<String>> = found(text)
        .into_iter()
        .filter(|(kind, ..)| *kind == EntityType::Person)
        .map(|(_, _, mentions)| mentions)
        .collect();
    for name in ["إبراهيم دياز", "عز الدين أوناحي"] {
        assert!(
            people.iter().any(|m| m.iter().any(|x| x == name)),
            "{name}: {people:?}"
        );
    }
}

#[test]
fn a_rank_alone_is_no_person() {
    // The document tags the last word of the king's name, and spreads it.
    let text = "استقبل الملك محمد السادس الوفد في الرباط.\n\
                واحتل الفريق المركز السادس في الدوري بعد خسارته أمس.";
    let people: Vec<Vec<String>> = found(text)
        .into_iter()
        .filter(|(kind, ..)| *kind == EntityType::Person)
        .map(|(_, _, mentions)| mentions)
        .collect();
    assert_eq!(people, [["الملك محمد السادس"]]);
}

#[test]
fn a_regnal_ordinal_after_its_title_and_name_is_part_of_the_name() {
    let text = "وزار البابا تواضروس الثاني الكاتدرائية، وتوفيت الملكة إليزابيث الثانية \
                عام 2022، وكتب عن البابا يوحنا بولس الثاني.";
    let people: Vec<(Option<String>, Vec<String>)> = extract(&Tokens::new(text))
        .into_iter()
        .filter(|e| e.kind == EntityType::Person)
        .map(|e| (e.role, e.mentions.into_iter().map(|m| m.text).collect()))
        .collect();
    let expected = [
        ("البابا", "تواضروس الثاني"),
        ("الملكة", "إليزابيث الثانية"),
        ("البابا", "يوحنا بولس الثاني"),
    ]
    .map(|(role, name)| (Some(role.to_string()), vec![name.to_string()]));
    assert_eq!(people, expected);
    // No name between the title and the rank, or a word that is none.
    for text in ["وقال الملك الثاني في الترتيب", "وقال الأمير إن الثاني سيأتي"]
    {
        assert!(
            found(text)
                .iter()
                .all(|(_, _, mentions)| mentions.iter().all(|m| !m.contains("الثاني"))),
            "{text}: {:?}",
            found(text)
        );
    }
}

#[test]
fn an_unlisted_first_name_after_a_closed_title_opens_the_name() {
    let people = |text: &str| -> Vec<(Option<String>, Vec<String>)> {
        extract(&Tokens::new(text))
            .into_iter()
            .filter(|e| e.kind == EntityType::Person)
            .map(|e| (e.role, e.mentions.into_iter().map(|m| m.text).collect()))
            .collect()
    };
    let text = "وأطلق المشروع بحضور وزير النقل رزاق محيبس السعداوي.";
    assert_eq!(
        people(text),
        [(
            Some("وزير النقل".to_string()),
            vec!["رزاق محيبس السعداوي".to_string()]
        )]
    );
    // A word in construct with the title is the title's (قائد ماندينكا:
    // the leader of the Mandinka).
    let text = "حيث قام قائد ماندينكا ساندياتا كيتا بتكوين اتحاد للقبائل.";
    assert!(
        people(text)
            .iter()
            .all(|(_, mentions)| mentions.iter().all(|m| !m.contains("ماندينكا"))),
        "{:?}",
        people(text)
    );
}

#[test]
fn a_clergymans_family_name_that_is_a_common_noun_is_his() {
    let text = "والتقى المطران إلياس عودة وفدا من نقابة المحامين.";
    let elias = expect_entity(text, "إلياس عودة");
    assert_eq!(elias.role.as_deref(), Some("المطران"));
    // A noun heading an object is none (التقى المطران إلياس رئيس الحكومة).
    let text = "والتقى المطران إلياس رئيس الحكومة في بيروت.";
    expect_no_entity(text, "إلياس رئيس");
}

#[test]
fn a_facility_or_place_named_after_a_date_is_named_whole() {
    let text = "وشهد كوبري 6 أكتوبر زحاما شديدا، وتخرج في جامعة السادس من أكتوبر، \
                ثم انتقل إلى مدينة السادس من أكتوبر. وأغلق شارع 26 يوليو ومستشفى \
                العاشر من رمضان في مدينة العاشر من رمضان.";
    let names: Vec<(EntityType, Vec<String>)> = extract(&Tokens::new(text))
        .into_iter()
        .map(|e| (e.kind, e.mentions.into_iter().map(|m| m.text).collect()))
        .collect();
    let expected = [
        (EntityType::Misc, "كوبري 6 أكتوبر"),
        (EntityType::Organization, "جامعة السادس من أكتوبر"),
        (EntityType::Location, "السادس من أكتوبر"),
        (EntityType::Misc, "شارع 26 يوليو"),
        (EntityType::Misc, "مستشفى العاشر من رمضان"),
        (EntityType::Location, "العاشر من رمضان"),
    ]
    .map(|(kind, name)| (kind, vec![name.to_string()]));
    assert_eq!(names, expected);
    // After the head of a place, the known city stays itself.
    let city = entity_with_mention("افتتح الوزير مصنعا في مدينة 6 أكتوبر.", "6 أكتوبر");
    assert_eq!(city.map(|e| e.kind), Some(EntityType::Location));
}

#[test]
fn a_regnal_ordinal_is_no_family_name() {
    // خميس has the skeleton of الخامس; the two kings share عشر.
    let text = "زار الملك محمد الخامس المدينة، واستقبله محمد خميس. \
                وكتب عن ألفونسو الثالث عشر والبابا بنديكت السادس عشر. \
                واستقبل الملك عبدالله الثاني الوفد، وقال عبد الله الثاني إن الزيارة مهمة.";
    let found = found(text);
    let key_of = |mention: &str| {
        found
            .iter()
            .find(|(_, _, mentions)| mentions.iter().any(|m| m == mention))
            .map(|(_, key, _)| key.clone())
    };
    assert_ne!(key_of("محمد الخامس"), key_of("محمد خميس"), "{found:?}");

    let people: Vec<Vec<String>> = found
        .iter()
        .filter(|(kind, ..)| *kind == EntityType::Person)
        .map(|(_, _, mentions)| mentions.clone())
        .collect();
    for apart in [
        ["محمد الخامس", "محمد خميس"],
        ["ألفونسو الثالث عشر", "بنديكت السادس عشر"],
    ] {
        assert!(
            !people
                .iter()
                .any(|m| apart.iter().all(|a| m.iter().any(|x| x == a))),
            "{apart:?} in {people:?}"
        );
    }
    assert!(
        people
            .iter()
            .any(|m| m.contains(&"عبدالله الثاني".to_string())
                && m.contains(&"عبد الله الثاني".to_string())),
        "{people:?}"
    );
}

#[test]
fn entities_the_gazetteers_tell_apart_stay_apart() {
    // Both skeletons are جز: ghain and jim are one letter of foreign names.
    let places: Vec<String> = found("زار الوفد الجيزة ثم غزة.")
        .into_iter()
        .map(|(_, key, _)| key)
        .collect();
    assert_eq!(places, ["loc:g360995", "loc:g281133"]);
    // A king and his son named for him, both known.
    let people: Vec<String> = found("استقبل الملك سلمان ولي العهد الأمير محمد بن سلمان.")
        .into_iter()
        .map(|(_, key, _)| key)
        .collect();
    assert_eq!(people, ["per:king-salman", "per:mbs"]);
}

#[test]
fn amman_is_told_from_oman_by_its_shadda_a_dateline_or_jordan() {
    for (text, key) in [
        (
            "أكد العاهل الأردني في عمّان ضرورة وقف إطلاق النار.",
            "loc:g250441",
        ),
        ("عمان - بترا\nأعلنت الحكومة خطة جديدة.", "loc:g250441"),
        ("وصل الوفد إلى العاصمة الأردنية عمان أمس.", "loc:g250441"),
        ("هبطت الطائرة في مطار عمان الأردني.", "loc:g250441"),
        ("زار الوزير سلطنة عمان والكويت.", "loc:OM"),
        ("وقال وزير خارجية عمان إن بلاده تدعم الحوار.", "loc:OM"),
    ] {
        let keys: Vec<String> = found(text).into_iter().map(|(_, key, _)| key).collect();
        assert!(keys.contains(&key.to_string()), "{text}: {keys:?}");
    }
}

#[test]
fn people_of_one_family_stay_apart() {
    let text = "وقال محمد بن سلمان إن المملكة ماضية في الإصلاح، فيما أكد عبد العزيز بن سلمان \
                أن الإنتاج سيخفض. وأشار محمد بن عبد الرحمن آل ثاني إلى أن تميم بن حمد آل ثاني \
                يتابع الوساطة. وقال نصر الله إن حسن نصر الله لم يتحدث.";
    let people: Vec<Vec<String>> = found(text)
        .into_iter()
        .filter(|(kind, ..)| *kind == EntityType::Person)
        .map(|(.., mentions)| mentions)
        .collect();
    let alone = |mention: &str| people.iter().any(|m| m == &[mention]);
    assert!(alone("محمد بن سلمان"), "{people:?}");
    assert!(alone("عبد العزيز بن سلمان"), "{people:?}");
    assert!(alone("محمد بن عبد الرحمن آل ثاني"), "{people:?}");
    assert!(
        people.iter().any(|m| m == &["نصر الله", "حسن نصر الله"]),
        "{people:?}"
    );
}

#[test]
fn people_are_found_whole() {
    for (text, name) in [
        // آموس is also a city of the gazetteers.
        (
            "التقى ميقاتي بالمبعوث الأمريكي آموس هوكشتاين في بيروت.",
            "آموس هوكشتاين",
        ),
        (
            "قال عبد الله بن زايد إن الإمارات تدعم الحل.",
            "عبد الله بن زايد",
        ),
        (
            "وقال محافظ البنك حسن عبد الله إن الاحتياطيات ارتفعت.",
            "حسن عبد الله",
        ),
        // الخليل is Hebron, and a family name after a first name.
        (
            "قال وزير المالية اللبناني يوسف الخليل إن سعر الصرف استقر.",
            "يوسف الخليل",
        ),
    ] {
        assert_eq!(expect_entity(text, name).kind, EntityType::Person, "{text}");
    }
}

#[test]
fn institutions_are_read_from_the_shape_of_their_names() {
    let cases = [
        (
            "وقالت وزارة الصحة الفلسطينية إن العدد ارتفع.",
            "وزارة الصحة الفلسطينية",
        ),
        (
            "وأعلنت وزارة التربية والتعليم موعد الامتحانات.",
            "وزارة التربية والتعليم",
        ),
        ("وأصدرت وزارة الصحة التعليمات الجديدة.", "وزارة الصحة"),
        (
            "وأكدت وزارة المالية والذي يرأسها الوزير ذلك.",
            "وزارة المالية",
        ),
        (
            "ونقلت وكالة الأنباء القطرية عن مصدر أن الوفد وصل.",
            "وكالة الأنباء القطرية",
        ),
        (
            "وقررت هيئة الأوراق المالية وقف التداول.",
            "هيئة الأوراق المالية",
        ),
        (
            "وقال متحدث لوزارة الداخلية إن الطرق مغلقة.",
            "وزارة الداخلية",
        ),
    ];
    for (text, name) in cases {
        assert_eq!(
            expect_entity(text, name).kind,
            EntityType::Organization,
            "{text}"
        );
    }
    for text in [
        "وتوجه الناخبون إلى صندوق الاقتراع صباحا.",
        "وقدم التقرير للجنة الفنية أمس.",
        "وتولت الوزارة الملف.",
    ] {
        assert!(found(text).is_empty(), "{text}: {:?}", found(text));
    }
}

#[test]
fn institutions_take_in_a_place_or_a_naming_adjective() {
    let cases = [
        (
            "وقال أستاذ في جامعة القاهرة إن الدراسة انتهت.",
            "جامعة القاهرة",
        ),
        ("وأعلن مصرف قطر المركزي خفض الفائدة.", "مصرف قطر المركزي"),
        ("وارتفعت أرباح البنك التجاري هذا العام.", "البنك التجاري"),
        (
            "واجتمع المجلس الاقتصادي والاجتماعي أمس.",
            "المجلس الاقتصادي والاجتماعي",
        ),
        ("وعقد الاتحاد الأفريقي قمته في أديس أبابا.", "الاتحاد الأفريقي"),
    ];
    for (text, name) in cases {
        assert_eq!(
            expect_entity(text, name).kind,
            EntityType::Organization,
            "{text}"
        );
    }
    // The place after a preposition is no part of the head's name, and an
    // adjective is no head.
    let eye_bank = "وتبرع المتوفى لبنك للعيون في العيون.";
    assert!(
        !found(eye_bank)
            .iter()
            .any(|(_, _, m)| m.iter().any(|m| m.contains("بنك"))),
        "{:?}",
        found(eye_bank)
    );
    let solana = "وقال الممثل الأعلى للسياسة الخارجية الأوروبي خافيير سولانا إن";
    assert_eq!(
        entity_with_mention(solana, "خافيير سولانا").map(|e| e.kind),
        Some(EntityType::Person),
        "{:?}",
        found(solana)
    );
}

#[test]
fn titles_give_roles() {
    let cases = [
        (
            "وقال الرئيس الروسي فلاديمير بوتين إن",
            "فلاديمير بوتين",
            "الرئيس الروسي",
        ),
        (
            "وقال وزير الخارجية الروسي سيرغي لافروف إن",
            "سيرغي لافروف",
            "وزير الخارجية الروسي",
        ),
        ("وأطاح بالرئيس بشار الأسد", "بشار الأسد", "الرئيس"),
        (
            "نقلا عن السفير الإيراني لدى روسيا كاظم جلالي أنه",
            "كاظم جلالي",
            "السفير الإيراني لدى روسيا",
        ),
    ];
    for (text, mention, role) in cases {
        let entity = expect_entity(text, mention);
        assert_eq!(entity.role.as_deref(), Some(role), "{text}");
    }
}

#[test]
fn nationality_words_are_neither_places_nor_people() {
    for text in [
        "وقال المسؤول الروسي إن الوفد الإيراني وصل.",
        "أكدت الحكومة السورية والقوات الأمريكية ذلك.",
        "ويشيد القادة الإيرانيون والروس بالاتفاق.",
    ] {
        let wrong: Vec<_> = found(text)
            .into_iter()
            .filter(|e| matches!(e.0, EntityType::Location | EntityType::Person))
            .collect();
        assert!(wrong.is_empty(), "{text}: {wrong:?}");
    }
}

#[test]
fn common_words_that_are_also_place_names_do_not_fire() {
    // مدينة (a city; also Medina's GeoNames spelling), الصور (pictures; also
    // Tyre), حولي (around me; also a district of Kuwait).
    let text = "زار الوفد مدينة كبيرة ونشر الصور من حولي.";
    let entities = found(text);
    assert!(
        entities.iter().all(|e| e.0 != EntityType::Location),
        "{text}: {entities:?}"
    );
}

#[test]
fn the_area_a_word_heads_is_no_place_of_its_own() {
    let text = "ارتفعت حصيلة القتلى في الغارات على ريف حمص.";
    let keys: Vec<String> = found(text).into_iter().map(|(_, key, _)| key).collect();
    assert_eq!(keys, ["loc:g169577"], "{text}");
}

#[test]
fn a_facility_named_after_a_person_is_no_person() {
    for (text, facility) in [
        (
            "تجاوز عدد المسافرين عبر مطار الملك خالد الدولي 11 مليونا.",
            "مطار الملك خالد الدولي",
        ),
        (
            "نقل المصابون إلى مستشفى رفيق الحريري.",
            "مستشفى رفيق الحريري",
        ),
    ] {
        let entities = found(text);
        assert!(
            entities.iter().all(|e| e.0 != EntityType::Person),
            "{text}: {entities:?}"
        );
        assert_eq!(
            expect_entity(text, facility).kind,
            EntityType::Misc,
            "{text}"
        );
    }
}

#[test]
fn texts_without_names_give_nothing() {
    for text in [
        "",
        "...",
        "1234 5678",
        "ارتفعت الأسعار بنسبة كبيرة هذا العام.",
        "ولن يقدم أي مساعدة للمعتدي الذي يهاجم أيا من الدولتين.",
    ] {
        assert!(found(text).is_empty(), "{text}: {:?}", found(text));
    }
}

/// (key, canonical, mention texts) of every nationality found in `text`.
fn nationalities(text: &str) -> Vec<(String, String, Vec<String>)> {
    extract_all(&Tokens::new(text))
        .nationalities
        .into_iter()
        .map(|n| {
            (
                n.key,
                n.canonical,
                n.mentions.into_iter().map(|m| m.text).collect(),
            )
        })
        .collect()
}

#[test]
fn nationality_adjectives_in_every_gender_and_number_share_the_place_key() {
    let text = "وقال مسؤول روسي إن الخبراء الروس والبعثة الروسية وصلوا، وإن خبراء روسيين \
                سيلحقون بهم. وانتقد الإيرانيين ذلك. ورحبت روسيا بالقرار.";
    let found = extract_all(&Tokens::new(text));
    let russia = found
        .entities
        .iter()
        .find(|e| e.canonical == "روسيا")
        .expect("روسيا is a place");
    let russian = &found.nationalities[0];
    assert_eq!(russian.key, russia.key);
    assert_eq!(russian.canonical, "روسي");
    assert_eq!(russian.place, "روسيا");
    let forms: Vec<&str> = russian.mentions.iter().map(|m| m.text.as_str()).collect();
    assert_eq!(forms, ["روسي", "الروس", "الروسية", "روسيين"]);
    for m in &russian.mentions {
        assert_eq!(&text[m.start..m.end], m.text);
    }
    assert_eq!(
        nationalities(text)[1],
        ("loc:IR".into(), "إيراني".into(), vec!["الإيرانيين".into()])
    );
}

#[test]
fn nationality_mentions_leave_out_proclitics() {
    let text = "وأكدت الحكومة السورية والإيرانية وللأمريكيين وبالأتراك موقفها.";
    let mentions: Vec<String> = nationalities(text).into_iter().flat_map(|n| n.2).collect();
    // لل keeps its ل, as in للولايات المتحدة: the article's alef is not written.
    assert_eq!(mentions, ["السورية", "الإيرانية", "للأمريكيين", "الأتراك"]);
}

#[test]
fn a_nationality_in_a_role_is_reported_and_the_role_kept() {
    let text = "وقال الرئيس الروسي فلاديمير بوتين إن";
    let found = extract_all(&Tokens::new(text));
    assert_eq!(found.entities[0].role.as_deref(), Some("الرئيس الروسي"));
    assert_eq!(found.nationalities.len(), 1);
    assert_eq!(found.nationalities[0].mentions[0].text, "الروسي");
}

#[test]
fn nisbas_inside_names_are_not_nationalities() {
    // Part of an organisation's name, of a country's, and of a person's.
    for text in [
        "وهدد الحرس الثوري الإيراني بالرد.",
        "وزار المملكة العربية السعودية.",
        "وقال الاتحاد الأوروبي إن العقوبات مستمرة.",
    ] {
        assert!(
            nationalities(text).is_empty(),
            "{text}: {:?}",
            nationalities(text)
        );
    }
    // Words that hold a nisba's letters without being one.
    for text in ["وتلقى الطلاب دروسا في الكرسي.", "ستنتقل إلى بروسيا وتركيا."]
    {
        assert!(
            nationalities(text).is_empty(),
            "{text}: {:?}",
            nationalities(text)
        );
    }
}

#[test]
fn muscat_is_a_place_only_where_its_context_says_so() {
    let muscat = "loc:g287286";
    let places = [
        "مسقط - أعلنت وزارة الخارجية العمانية اليوم.",
        "مسقط (رويترز) - قالت سلطنة عمان.",
        "وصل الوفد إلى مسقط أمس.",
        "وعقد اجتماعا في مسقط مع المسؤولين.",
        "ثم غادر من مسقط إلى الدوحة.",
        "واستضافت العاصمة العمانية مسقط جولة المحادثات.",
        "والتقى الوزيران بمسقط أمس.",
        "ومنها الشارقة ومسقط والكويت والقاهرة.",
    ];
    for text in places {
        assert!(
            found(text).iter().any(|(_, key, _)| key == muscat),
            "{text}: {:?}",
            found(text)
        );
    }
    let not_places = [
        "وعاد الكاتب إلى مسقط رأسه في القرية.",
        "ودفن بمسقط رأسه.",
        "يقام المعرض في مسقط رأس الشاعر.",
        "شيعت مدينة سنورس، مسقط رأس اللاعب، ابنها.",
        "وقال إن مسقط الضوء على الجدار تغير.",
    ];
    for text in not_places {
        assert!(
            !found(text).iter().any(|(_, key, _)| key == muscat),
            "{text}: {:?}",
            found(text)
        );
    }
}

#[test]
fn congo_alone_is_a_place_without_a_state() {
    let cases = [
        (
            "وقال رئيس الكونغو إن الانتخابات ستجرى.",
            "الكونغو",
            "loc:congo",
        ),
        (
            "وتقع جمهورية الكونغو الديمقراطية في وسط أفريقيا.",
            "جمهورية الكونغو الديمقراطية",
            "loc:CD",
        ),
        ("وزار الكونغو برازافيل أمس.", "الكونغو برازافيل", "loc:CG"),
    ];
    for (text, mention, key) in cases {
        let entity = expect_entity(text, mention);
        assert_eq!(entity.key, key, "{text}");
    }
}

#[test]
fn clubs_whose_names_are_common_words_need_the_game_around_them() {
    let clubs = [
        (
            "فاز الهلال على النصر 2-1 في قمة الدوري.",
            "النصر",
            "org:al-nassr",
        ),
        (
            "فاز الهلال على النصر 2-1 في قمة الدوري.",
            "الهلال",
            "org:al-hilal",
        ),
        (
            "وقال مدرب الاتحاد إن فريقه سيقاتل على اللقب.",
            "الاتحاد",
            "org:al-ittihad",
        ),
        ("تعادل الأهلي مع الزمالك سلبيا.", "الأهلي", "org:al-ahly"),
        (
            "وأكد لاعب الوحدة أن الفوز كان مستحقا.",
            "الوحدة",
            "org:al-wahda",
        ),
        (
            "وسجل مهاجم العربي هدفين في مرمى السد.",
            "العربي",
            "org:al-arabi",
        ),
        (
            "وسجل مهاجم العربي هدفين في مرمى السد.",
            "السد",
            "org:al-sadd",
        ),
        (
            "ويلتقي المريخ مع الهلال السوداني في النهائي.",
            "المريخ",
            "org:al-merrikh",
        ),
        (
            "وخسر النصر أمام الاتحاد في الجولة الماضية.",
            "الاتحاد",
            "org:al-ittihad",
        ),
        (
            "وتعادل النصر أمام الأهلي والزمالك.",
            "الزمالك",
            "org:zamalek",
        ),
        (
            "هزم فيها المرخية 5 - صفر والأهلي 4 - صفر.",
            "الأهلي",
            "org:al-ahly",
        ),
        (
            "وتغلب الفريق على جماهير الرجاء في ملعبه.",
            "الرجاء",
            "org:raja",
        ),
        (
            "وتعادل الفريق أمام الوحدة في مباراة الأمس.",
            "الوحدة",
            "org:al-wahda",
        ),
    ];
    for (text, mention, key) in clubs {
        let entity = expect_entity(text, mention);
        assert_eq!(entity.kind, EntityType::Organization, "{text}");
        assert_eq!(entity.key, key, "{text}");
    }
    // A club of another country than the one the name is known as is no
    // known club.
    let omani = "بفوزه أمس على النصر العماني 2 / 1.";
    let entity = expect_entity(omani, "النصر");
    assert_eq!(entity.kind, EntityType::Organization);
    assert_ne!(entity.key, "org:al-nassr");
    let words = [
        "ودعا الرئيس إلى تعزيز الوحدة الوطنية ونبذ الخلافات.",
        "وحقق الجيش النصر على المتمردين بعد معارك عنيفة.",
        "وتحتفل الأمة بذكرى النصر في حرب أكتوبر.",
        "وأطلقت الوكالة مسبارا جديدا إلى المريخ.",
        "الرجاء عدم التدخين داخل القاعة.",
        "وتقدم الوفد بشكوى إلى الاتحاد العام للشغل.",
        "وشوهد الهلال مساء أمس في سماء المدينة.",
        "ويؤكد التقرير أن العربي يقرأ أقل من غيره.",
        "وأكد الوزير أن العقبات أمام الوحدة الاقتصادية كبيرة.",
        "ووقف العمال أمام الاتحاد احتجاجا على القرار.",
        "وقال إن لقاء الاتحاد مع الحكومة سيعقد الأسبوع المقبل.",
    ];
    let clubs: Vec<&str> = clubs.iter().map(|(_, _, key)| *key).collect();
    for text in words {
        assert!(
            !found(text)
                .iter()
                .any(|(_, key, _)| clubs.contains(&key.as_str())),
            "{text}: {:?}",
            found(text)
        );
    }
}

#[test]
fn institutions_take_in_the_field_after_lam() {
    let cases = [
        (
            "وعقدت المنظمة العربية للتنمية الزراعية اجتماعها.",
            "المنظمة العربية للتنمية الزراعية",
        ),
        (
            "وقالت الهيئة العامة للاستثمار إن التدفقات ارتفعت.",
            "الهيئة العامة للاستثمار",
        ),
        (
            "وأصدر المجلس الأعلى للقوات المسلحة بيانا جديدا.",
            "المجلس الأعلى للقوات المسلحة",
        ),
        (
            "وأعلن الاتحاد السعودي لكرة القدم جدول الموسم.",
            "الاتحاد السعودي لكرة القدم",
        ),
        (
            "وقال البنك الأفريقي للتنمية إنه منح المغرب قرضين.",
            "البنك الأفريقي للتنمية",
        ),
    ];
    for (text, name) in cases {
        assert_eq!(
            expect_entity(text, name).kind,
            EntityType::Organization,
            "{text}"
        );
    }
    // Not a purpose, a time, a place or another body after ل.
    let cases = [
        ("وسعى البنك التجاري لتحقيق النجاح.", "البنك التجاري"),
        ("واجتمع البنك المركزي للمرة الثانية.", "البنك المركزي"),
        ("وقدم البنك الدولي للأردن قرضا.", "البنك الدولي"),
        (
            "واجتمعت اللجنة التنفيذية لمنظمة التحرير أمس.",
            "منظمة التحرير",
        ),
    ];
    for (text, name) in cases {
        assert!(
            entity_with_mention(text, name).is_some(),
            "{text}: {:?}",
            found(text)
        );
    }
}

#[test]
fn ordinary_words_that_are_also_first_names_are_no_people() {
    for (text, word) in [
        // A verb opening its clause, before its subject or object.
        ("صادق مجلس النواب على مشروع القانون بالأغلبية.", "صادق"),
        ("ويزن 227 غراما ويعمل بمعالج جديد.", "يزن"),
        // Nunation, which no name takes in news.
        ("ولو افترضنا فرضًا أن الحكومة ستسقط.", "رضًا"),
        // A noun that something owns.
        (
            "خلال فترة ولايته الأولى، انسحب ترامب من الاتفاق.",
            "ولايته الأولى",
        ),
        // A model after its number, or alone.
        (
            "وتبيع آبل هاتف آيفون 15 برو ماكس بسعر 1199 دولارا.",
            "برو ماكس",
        ),
        ("فيما تطرح النسخة الأكبر \"برو ماكس\" بسعر أعلى.", "برو ماكس"),
    ] {
        assert!(
            !found(text)
                .iter()
                .any(|(kind, _, mentions)| *kind == EntityType::Person
                    && mentions.iter().any(|m| m == word)),
            "{text}: {:?}",
            found(text)
        );
    }
    // Names: after a title, in a list of names, before a verb or a colon,
    // or used in a fuller name of the document.
    for (text, name) in [
        ("وقال الوزير صادق إن الخطة جاهزة.", "صادق"),
        ("وقال الرئيس جورج بوش ورايس إن الاتفاق قريب.", "رايس"),
        ("أنان يستعد لترك منصبه في نهاية العام.", "أنان"),
        (
            "وقال الكاتب توفيق الحكيم إن المسرح تغير. الحكيم يرى أن الجمهور تغير.",
            "الحكيم",
        ),
        ("وقالت ريناته شميت إن الحزب سيفوز.", "ريناته شميت"),
    ] {
        assert_eq!(expect_entity(text, name).kind, EntityType::Person, "{text}");
    }
}

#[test]
fn a_family_name_shaped_as_an_adjective_stays_in_the_name() {
    for (text, name) in [
        (
            "وقال وزير الصحة فراس الأبيض إن الحصيلة ارتفعت.",
            "فراس الأبيض",
        ),
        ("وأكد رئيس الحزب سمير الأحمر ذلك.", "سمير الأحمر"),
    ] {
        assert_eq!(expect_entity(text, name).kind, EntityType::Person, "{text}");
    }
    // Not a common adjective or a word of another sentence.
    for (text, not_name) in [
        ("وكيف تعاملت مع ليوناردو الجديد؟", "ليوناردو الجديد"),
        ("وقال الوزير سمير.\nالأبيض هو لون الحزب.", "سمير الأبيض"),
    ] {
        expect_no_entity(text, not_name);
    }
}

#[test]
fn a_title_does_not_reach_back_over_the_person_before() {
    let text =
        "وقالت وزيرة الاقتصاد نادية فتاح العلوي إن الحكومة برئاسة عزيز أخنوش ملتزمة بخفض العجز.";
    let entity = expect_entity(text, "عزيز أخنوش");
    assert_eq!(entity.role, None);
    let first = entity_with_mention(text, "نادية فتاح العلوي").expect("the minister");
    assert_eq!(first.role.as_deref(), Some("وزيرة الاقتصاد"));
}

#[test]
fn a_city_whose_name_is_a_common_word_needs_the_tagger_or_a_list() {
    for text in [
        "وأجرت البحرية مناورات بإطلاق صاروخ بحري جديد، وسار الموكب نحو مساكن الجنود.",
        "وقامت الحركة بحركة مفاجئة، وتلا البيان المتحدث.",
        "ونشرت الصحيفة الخبر على موقعها، وأكد مصدر صحة الخبر.",
        "وعند العبور إلى الضفة، ومع الشروق، بدأ القصف.",
    ] {
        assert!(
            !found(text)
                .iter()
                .any(|(kind, _, _)| *kind == EntityType::Location),
            "{text}: {:?}",
            found(text)
        );
    }
    let text = "وزار الرئيس حمص ودرعا وإدلب والرقة.";
    let places: Vec<String> = found(text).into_iter().flat_map(|(_, _, m)| m).collect();
    assert_eq!(places, ["حمص", "درعا", "إدلب", "الرقة"], "{text}");
    let text = "وقال الوزير في دمشق إن بيروت تستحق الدعم.";
    assert_eq!(found(text).len(), 2, "{:?}", found(text));
}

#[test]
fn a_city_where_only_a_club_would_stand_is_the_club() {
    let text = "وفاز العين على الهلال 4-2 في دوري أبطال آسيا، وقال مدرب العين إن فريقه يستحق الفوز.";
    let club = expect_entity(text, "العين");
    assert_eq!(club.kind, EntityType::Organization);
    assert_eq!(club.mentions.len(), 2);
    // The club named after its city, where the gazetteers know one.
    assert_eq!(club.key, "org:al-ain-club");
    let text = "العين - وام\nوصل الوفد إلى المدينة قادما من دبي.";
    let city = expect_entity(text, "العين");
    assert_eq!(city.kind, EntityType::Location);
    for (text, name, key) in [
        (
            "وقال مدرب برشلونة إن فريقه سيقاتل.",
            "برشلونة",
            "org:barcelona",
        ),
        ("وخسر الريان أمام السد 1-2.", "الريان", "org:al-rayyan"),
        ("وصل الوفد إلى الريان أمس.", "الريان", "loc:g289888"),
    ] {
        let entity = expect_entity(text, name);
        assert_eq!(entity.key, key, "{text}");
    }
    // Outside a match, برشلونة is no club.
    let text = "عقدت القمة الأورو متوسطية في برشلونة أمس.";
    assert!(
        found(text).iter().all(|(_, key, _)| key != "org:barcelona"),
        "{:?}",
        found(text)
    );
}

#[test]
fn a_name_runs_to_the_end_of_its_chain() {
    for (text, name, key) in [
        (
            "واستقبل خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود في جدة الضيوف.",
            "الملك سلمان بن عبدالعزيز آل سعود",
            "per:king-salman",
        ),
        (
            "وفي أبوظبي، التقى الشيخ محمد بن زايد آل نهيان الرئيس الكيني.",
            "الشيخ محمد بن زايد آل نهيان",
            "per:mbz",
        ),
        (
            "وأعلن الشيخ مشعل الأحمد الجابر الصباح حل مجلس الأمة.",
            "مشعل الأحمد الجابر الصباح",
            "per:mishal-al-sabah",
        ),
    ] {
        let entity = expect_entity(text, name);
        assert_eq!(entity.key, key, "{text}");
    }
    // A known person after بن is an ancestor in another's name.
    let text = "واستقبل الرئيس ولي عهد أبوظبي الشيخ خالد بن محمد بن زايد آل نهيان.";
    assert!(
        found(text).iter().all(|(_, key, _)| key != "per:mbz"),
        "{:?}",
        found(text)
    );
    // ابن before a word no list names is "son": the name stops.
    let text = "وأمر صدام حسين ابن عمه علي حسن المجيد بالهجوم.";
    assert!(
        found(text)
            .iter()
            .all(|(_, _, mentions)| mentions.iter().all(|m| !m.contains("عمه"))),
        "{:?}",
        found(text)
    );
}

#[test]
fn people_of_one_house_meet_only_by_name_and_father() {
    let text = "وحضر الشيخ حمدان بن محمد بن راشد آل مكتوم والشيخ مكتوم بن محمد بن راشد آل \
                مكتوم والشيخ حشر بن مكتوم آل مكتوم اللقاء.";
    let people: Vec<(String, Vec<String>)> = found(text)
        .into_iter()
        .filter(|(kind, ..)| *kind == EntityType::Person)
        .map(|(_, key, mentions)| (key, mentions))
        .collect();
    assert_eq!(people.len(), 3, "{people:?}");
    assert!(people.iter().all(|(key, _)| key != "per:mbr"), "{people:?}");
}

#[test]
fn a_lone_short_family_name_is_the_known_person_the_text_names() {
    let text =
        "وقال رئيس مجلس النواب نبيه بري إن الحوار هو الطريق. وأضاف بري أن لبنان لن ينجر إلى الحرب.";
    let berri = expect_entity(text, "نبيه بري");
    let mentions: Vec<&str> = berri.mentions.iter().map(|m| m.text.as_str()).collect();
    assert_eq!(mentions, ["نبيه بري", "بري"]);
}

#[test]
fn a_lone_family_name_that_is_also_a_first_name_joins_the_fuller_name_before_it() {
    let text = "وقال وزير الخارجية سامح شكري إن مصر ترفض التهجير. \
                وأضاف شكري أن القاهرة ستواصل جهودها.";
    let shoukry = expect_entity(text, "سامح شكري");
    let mentions: Vec<&str> = shoukry.mentions.iter().map(|m| m.text.as_str()).collect();
    assert_eq!(mentions, ["سامح شكري", "شكري"]);
    // Named alone first, the first name is someone the text has not named
    // in full.
    let text = "وقال شكري إن الاجتماع انتهى. \
                وقال وزير الخارجية سامح شكري إن مصر ترفض التهجير.";
    let shoukry = expect_entity(text, "سامح شكري");
    assert_eq!(shoukry.mentions.len(), 1, "{:?}", found(text));
}

#[test]
fn a_common_noun_before_its_adjective_is_no_place() {
    for text in [
        "وفي مشهد آخر، انتشل عناصر الدفاع المدني جثث ثلاثة أشخاص.",
        "وتجمع الأهالي في مشهد مؤثر أمام المستشفى.",
    ] {
        assert!(
            found(text)
                .iter()
                .all(|(kind, ..)| *kind != EntityType::Location),
            "{text}: {:?}",
            found(text)
        );
    }
    for (text, name) in [
        ("وزار الرئيس مدينة مشهد قبل أشهر.", "مشهد"),
        // A predicate is no attribute.
        ("وقال إن موسكو منفتحة على الحوار.", "موسكو"),
    ] {
        assert_eq!(
            expect_entity(text, name).kind,
            EntityType::Location,
            "{text}"
        );
    }
}

#[test]
fn a_verb_opening_a_clause_is_no_person() {
    for text in [
        "دبي - رويترز\nارتفعت أسهم شركة أرامكو السعودية 2% في تداولات الاثنين.",
        "نواكشوط (الأخبار) - صادق البرلمان الموريتاني على ميزانية 2025.",
    ] {
        assert!(
            found(text)
                .iter()
                .all(|(kind, ..)| *kind != EntityType::Person),
            "{text}: {:?}",
            found(text)
        );
    }
}

#[test]
fn an_institution_runs_past_a_mined_name_it_opens() {
    let text = "وصعدت أسهم البنوك بقيادة البنك التجاري الدولي.";
    let entity = expect_entity(text, "البنك التجاري الدولي");
    assert_eq!(entity.kind, EntityType::Organization);
}

#[test]
fn a_family_name_opened_by_bu_is_one_name() {
    let text =
        "وقال وزير الخارجية عبد الله بو حبيب إن لبنان يريد السلام. وأكد بو حبيب أن الحل قريب.";
    let entity = expect_entity(text, "عبد الله بو حبيب");
    let mentions: Vec<&str> = entity.mentions.iter().map(|m| m.text.as_str()).collect();
    assert_eq!(mentions, ["عبد الله بو حبيب", "بو حبيب"]);
    // Another family of the same second word stays apart.
    let text = "وقال النائب إلياس بو صعب إن الجلسة تأجلت. وأكد النائب جورج صعب أن الحل قريب.";
    let entity = expect_entity(text, "إلياس بو صعب");
    assert!(
        entity.mentions.iter().all(|m| m.text != "جورج صعب"),
        "{:?}",
        entity.mentions
    );
}

#[test]
fn a_role_leaves_out_the_conjunction() {
    let text = "بحضور وزير الصحة فراس الأبيض ووزير الخارجية عبد الله بو حبيب.";
    let entity = expect_entity(text, "عبد الله بو حبيب");
    assert_eq!(entity.role.as_deref(), Some("وزير الخارجية"));
}

#[test]
fn clubs_and_magazines_of_one_name_stay_apart() {
    for (text, mention, key) in [
        (
            "ونشرت مجلة العربي الكويتية ملفا عن الثقافة.",
            "مجلة العربي الكويتية",
            "org:al-arabi-magazine",
        ),
        (
            "وسجل مهاجم العربي هدفين في مرمى السد.",
            "العربي",
            "org:al-arabi",
        ),
        (
            "وفاز أهلي جدة على الهلال 2-1.",
            "أهلي جدة",
            "org:al-ahli-saudi",
        ),
        ("تعادل الأهلي مع الزمالك سلبيا.", "الأهلي", "org:al-ahly"),
        (
            "وفاز شباب بلوزداد على مولودية الجزائر 2-1.",
            "مولودية الجزائر",
            "org:mc-alger",
        ),
    ] {
        let entity = expect_entity(text, mention);
        assert_eq!(entity.key, key, "{text}");
    }
    // A club named once in its context is the club again where the tagger
    // reads an organisation; never without that first mention.
    let text = "وقال رئيس النادي الأهلي محمود الخطيب إن الأهلي سيتعاقد مع مدرب جديد.";
    let club = expect_entity(text, "الأهلي");
    assert_eq!(club.key, "org:al-ahly");
    assert_eq!(club.mentions.len(), 2);
    let text = "وقال الاتحاد في بيان إن الإضراب مستمر.";
    assert!(
        !found(text)
            .iter()
            .any(|(_, key, _)| key == "org:al-ittihad"),
        "{:?}",
        found(text)
    );
}

#[test]
fn an_organisations_name_after_the_head_of_a_place_is_the_place() {
    for text in [
        "وقال السوداني إن المشروع سيربط ميناء الفاو الكبير بالحدود التركية.",
        "وأعلن قضاء الفاو حالة الطوارئ بعد العاصفة.",
    ] {
        let entity = expect_entity(text, "الفاو");
        assert_eq!(entity.kind, EntityType::Location, "{text}");
    }
    // Elsewhere it is the organisation.
    let text = "وقالت منظمة الفاو إن الأسعار ارتفعت، وحذرت الفاو من المجاعة.";
    let entity = entity_with_mention(text, "الفاو").expect("the FAO");
    assert_eq!(entity.key, "org:fao");
}

#[test]
fn a_word_in_tanween_is_no_name() {
    // وزاريا is وزاري with tanween, not و + زاريا (Zaria, Nigeria); كبيرا
    // is no ك + بيرا (Beira).
    for text in [
        "وترأس الملك أمس مجلسا وزاريا، وصادق المجلس على مشروع القانون.",
        "وبذلت الحكومة جهدا كبيرا لاحتواء الأزمة.",
    ] {
        assert!(
            found(text)
                .iter()
                .all(|(kind, ..)| *kind != EntityType::Location),
            "{text}: {:?}",
            found(text)
        );
    }
    // Nor does a person's name end on one.
    let text = "وفي مسقط، أصدر السلطان هيثم بن طارق مرسوما سلطانيا بتعيين محافظ جديد.";
    assert!(
        entity_with_mention(text, "هيثم بن طارق").is_some(),
        "{:?}",
        found(text)
    );
    // Nor is a common word a proclitic and a place's rare name (بلاد is
    // no ب + لاد, a name of Lod).
    let text = "وعثر على فخار من جنوب بلاد الرافدين.";
    assert!(
        found(text).iter().all(|(_, key, _)| key != "loc:g294421"),
        "{text}: {:?}",
        found(text)
    );
    // A place's name with a proclitic is still the place (وسوريا).
    let text = "زار الوزير لبنان وسوريا الأسبوع الماضي.";
    let entity = expect_entity(text, "سوريا");
    assert_eq!(entity.key, "loc:SY");
}

#[test]
fn a_verb_at_the_edge_of_a_name_is_left_out() {
    let text = "وقال المصدر إن محمد بن سلمان أوضح أن المملكة مستعدة للحوار.";
    let entity = expect_entity(text, "محمد بن سلمان");
    assert_eq!(entity.key, "per:mbs");
    // A verb alone is no person.
    let text = "وجاء الاجتماع بعد أيام من تصريحات أدلى بها بوتين، وقال إن أحمديان ينتمي إلى التيار.";
    assert!(
        found(text)
            .iter()
            .all(|(_, _, mentions)| mentions.iter().all(|m| m != "أدلى" && m != "ينتمي")),
        "{:?}",
        found(text)
    );
    // A name's last word that is also a verb stays: it has no complement
    // (خان), or follows a joiner (طالب).
    for (text, name) in [
        ("وقال زعيم الحزب عمران خان.", "عمران خان"),
        ("تولى علي بن أبي طالب الخلافة في الكوفة.", "علي بن أبي طالب"),
    ] {
        assert!(
            entity_with_mention(text, name).is_some(),
            "{text}: {:?}",
            found(text)
        );
    }
}

#[test]
fn a_gulf_name_runs_through_forebears_to_its_house() {
    for (text, name) in [
        (
            "وحضر الاجتماع وزير الداخلية الشيخ فهد اليوسف سعود الصباح.",
            "فهد اليوسف سعود الصباح",
        ),
        (
            "وحضر الاجتماع نائب رئيس الوزراء الشيخ طلال الخالد الأحمد الصباح.",
            "طلال الخالد الأحمد الصباح",
        ),
    ] {
        assert_eq!(expect_entity(text, name).kind, EntityType::Person, "{text}");
    }
    // Two people named one after the other stay two.
    let text = "وشارك في الفيلم نور الشريف وأحمد مظهر.";
    assert!(
        entity_with_mention(text, "نور الشريف").is_some(),
        "{:?}",
        found(text)
    );
}

#[test]
fn a_titles_adjective_is_in_the_role_not_the_name() {
    for (text, name, role) in [
        (
            "كما التقى البطريرك الماروني بشارة الراعي السفيرة الأميركية.",
            "بشارة الراعي",
            "البطريرك الماروني",
        ),
        (
            "وقال الزعيم الدرزي وليد جنبلاط إن الحوار ضروري.",
            "وليد جنبلاط",
            "الزعيم الدرزي",
        ),
    ] {
        let entity = expect_entity(text, name);
        assert_eq!(entity.role.as_deref(), Some(role), "{text}");
    }
    // A name that opens with a definite first name stays whole.
    let text = "وقال الإمام الصادق المهدي إن السودان يمر بأزمة.";
    assert!(
        entity_with_mention(text, "الصادق المهدي").is_some(),
        "{:?}",
        found(text)
    );
}

#[test]
fn a_city_named_after_a_person_is_a_place() {
    let text = "وقال المحافظ إن مدينة الشيخ زايد ستشهد افتتاح مستشفى جديد.";
    let entity = expect_entity(text, "الشيخ زايد");
    assert_eq!(entity.kind, EntityType::Location);
    assert!(
        found(text)
            .iter()
            .all(|(kind, ..)| *kind != EntityType::Person),
        "{:?}",
        found(text)
    );
}

#[test]
fn a_church_honorific_before_a_name_is_in_the_role() {
    let text = "استقبل البطريرك الماروني مار بشارة بطرس الراعي الوفد في بكركي.";
    let entity = expect_entity(text, "بشارة بطرس الراعي");
    assert_eq!(entity.role.as_deref(), Some("البطريرك الماروني مار"));
    assert!(
        found(text)
            .iter()
            .all(|(_, _, mentions)| mentions.iter().all(|m| !m.contains("مار ") && m != "مار")),
        "{:?}",
        found(text)
    );
}

#[test]
fn a_name_runs_on_over_the_names_the_tagger_left_out() {
    for (text, name) in [
        (
            "وقال وزير الكهرباء زياد علي فاضل إن الوزارة أنجزت المشروع.",
            "زياد علي فاضل",
        ),
        (
            "وقال رئيس الأساقفة المطران عطا الله حنا إن الاحتلال صادر الأراضي.",
            "عطا الله حنا",
        ),
        // A dual in construct before its complement ends the name: the
        // two goals of al-Ahly.
        (
            "وسجل المهاجم محمد شريف هدفي الأهلي في الدقيقتين 23 و67.",
            "محمد شريف",
        ),
    ] {
        assert!(
            entity_with_mention(text, name).is_some(),
            "{text}: {:?}",
            found(text)
        );
    }
    // على is no علي, and first names alone with nothing to close them stay
    // as read.
    let text = "والتقى زياد على هامش القمة وزير الخارجية.";
    assert!(
        found(text)
            .iter()
            .all(|(_, _, mentions)| mentions.iter().all(|m| !m.contains("على"))),
        "{:?}",
        found(text)
    );
}

#[test]
fn two_full_names_sharing_a_family_name_are_two_people() {
    let text = "وفاز كرم جابر بالذهبية، وقال جابر إنه سعيد. \
                وأجرى فيجاي غيباري محادثات في بيروت.";
    let key_of = |mention: &str| entity_with_mention(text, mention).map(|e| e.key);
    assert_ne!(
        key_of("كرم جابر"),
        key_of("فيجاي غيباري"),
        "{:?}",
        found(text)
    );
    assert_eq!(key_of("كرم جابر"), key_of("جابر"), "{:?}", found(text));
    // A shortened name that is the fuller one's tail is the same person.
    let text = "وسجل رود فان نيستلروي هدفين، وقال فان نيستلروي إنه سعيد.";
    let key_of = |mention: &str| entity_with_mention(text, mention).map(|e| e.key);
    assert_eq!(
        key_of("رود فان نيستلروي"),
        key_of("فان نيستلروي"),
        "{:?}",
        found(text)
    );
}

#[test]
fn a_name_with_the_article_is_told_from_one_without() {
    // The tail الأحمد الصباح of the emir's name is not أحمد … الصباح.
    let text = "أصدر الشيخ مشعل الأحمد الجابر الصباح مرسوما بتعيين الشيخ أحمد عبدالله الأحمد الصباح رئيسا للوزراء.";
    let emir = entity_with_mention(text, "مشعل الأحمد الجابر الصباح").expect("the emir");
    assert_eq!(emir.mentions.len(), 1, "{:?}", emir.mentions);
    // A lone word with the article (a mosque's, a king's name) does not
    // join a person whose family name is written without it.
    let text = "وقال المدرب حسام حسن إن الفريق جاهز. وزار الوفد مسجد الحسين، ثم قال الحسين إن الزيارة ناجحة.";
    let coach = entity_with_mention(text, "حسام حسن").expect("the coach");
    assert!(
        coach.mentions.iter().all(|m| m.text != "الحسين"),
        "{:?}",
        coach.mentions
    );
    // It still joins a family name written with it.
    let text = "وقال وزير الصحة فراس الأبيض إن الحصيلة ارتفعت. وأضاف الأبيض أن المستشفيات ممتلئة.";
    let minister = entity_with_mention(text, "فراس الأبيض").expect("the minister");
    assert!(minister.mentions.iter().any(|m| m.text == "الأبيض"));
}

#[test]
fn a_first_name_runs_on_to_a_rare_family_name() {
    let people = [
        ("وسجل اللاعب حسين الشحات الهدف الثاني للأهلي.", "حسين الشحات"),
        (
            "قالت وزيرة التضامن الاجتماعي نيفين القباج إن الدعم سيستمر.",
            "نيفين القباج",
        ),
        (
            "وقال وزير الاقتصاد السوري سامر الخليل إن الكلفة بلغت 40 مليون يورو.",
            "سامر الخليل",
        ),
    ];
    for (text, name) in people {
        assert_eq!(expect_entity(text, name).kind, EntityType::Person, "{text}");
    }
    // An everyday word after a first name is no family name, nor what
    // follows a title past a particle, nor an object after a title.
    let not_names = [
        ("وأحرز حسين التعادل في الدقيقة 80.", "حسين التعادل"),
        ("وقال الرئيس إن الحكومة ستدعم المصدرين.", "الحكومة"),
        ("وأجرى الوزير اتصالا تليفونيا مع نظيره.", "اتصالا تليفونيا"),
        ("ويعتمد علي المعونات الغذائية.", "علي المعونات"),
    ];
    for (text, words) in not_names {
        expect_no_entity(text, words);
    }
}

#[test]
fn amman_is_the_place_of_the_news_where_the_sentence_names_jordan() {
    let text = "وفي عمان، قال رئيس الوزراء الأردني جعفر حسان إن الحكومة ستطلق برنامجا.";
    let city = entity_with_mention(text, "عمان").expect("Amman");
    assert_eq!(city.key, "loc:g250441");
    let text = "وفي مسقط، وقع سلطان عمان هيثم بن طارق مرسوما سلطانيا.";
    let oman = entity_with_mention(text, "عمان").expect("Oman");
    assert_eq!(oman.key, "loc:OM");
}

#[test]
fn a_known_name_is_not_widened_over_its_object() {
    let text = "وفي تونس، أدى الرئيس قيس سعيد اليمين الدستورية لولاية ثانية.";
    assert!(
        entity_with_mention(text, "قيس سعيد").is_some(),
        "{:?}",
        found(text)
    );
}

#[test]
fn a_name_ends_before_a_title_that_follows_it() {
    let text = "استقبل الملك حمد بن عيسى آل خليفة ولي العهد الأمير سلمان بن حمد في قصر الصخير.";
    let king = expect_entity(text, "حمد بن عيسى آل خليفة");
    assert_eq!(king.mentions.len(), 1, "{:?}", king.mentions);
    // A word of the name that no title goes on from stays in it.
    let text = "وقال ولي الدين يكن إن الرواية صدرت.";
    assert!(
        found(text)
            .iter()
            .all(|(_, _, mentions)| mentions.iter().all(|m| m != "ولي")),
        "{:?}",
        found(text)
    );
}

#[test]
fn a_listed_first_name_after_a_title_opens_the_name() {
    let text = "وقال وزير الخارجية السوري أسعد الشيباني إن الحكومة ستعمل على إعادة الإعمار.";
    let minister = expect_entity(text, "أسعد الشيباني");
    assert_eq!(minister.role.as_deref(), Some("وزير الخارجية السوري"));
    // A particle is no first name: إن stays out of the name.
    let text = "وقال الوزير إن الشيباني سيزور عمان.";
    assert!(
        found(text)
            .iter()
            .all(|(_, _, mentions)| mentions.iter().all(|m| !m.contains("إن"))),
        "{:?}",
        found(text)
    );
}

#[test]
fn a_first_name_and_a_rare_family_name_after_a_verb_are_its_subject() {
    for (text, name) in [
        ("وأوضح يسري بوزوق أن المصنع سيفتتح قريبا.", "يسري بوزوق"),
        ("صرح سامر القباج للصحفيين بأن الأسعار ستنخفض.", "سامر القباج"),
    ] {
        assert_eq!(expect_entity(text, name).kind, EntityType::Person, "{text}");
    }
    // An everyday word after a first name is no family name, nor one that
    // is also a verb before its subject.
    for (text, words) in [
        ("وأحرز حسين التعادل في الدقيقة 80.", "حسين التعادل"),
        ("ويسري القرار على جميع الموظفين.", "يسري القرار"),
    ] {
        expect_no_entity(text, words);
    }
}

#[test]
fn the_name_after_a_datelines_place_is_its_agency() {
    let text = "بغداد - الأناضول\nأعلنت الحكومة العراقية اليوم عن خطة جديدة.";
    let agency = expect_entity(text, "الأناضول");
    assert_eq!(
        (agency.kind, agency.key.as_str()),
        (EntityType::Organization, "org:anadolu")
    );
    let city = entity_with_mention(text, "بغداد").expect("the dateline's city");
    assert_eq!(city.kind, EntityType::Location);
    // Anatolia in a sentence is the region, and a byline a reporter.
    let text = "وتقع المدينة في وسط الأناضول.";
    assert!(entity_with_mention(text, "الأناضول").is_some_and(|e| e.kind == EntityType::Location));
    let text = "بيروت - محمد شقير\nقال الوزير إن الحكومة ستجتمع.";
    assert!(
        entity_with_mention(text, "محمد شقير").is_some_and(|e| e.kind == EntityType::Person),
        "{:?}",
        found(text)
    );
}

#[test]
fn a_tatweel_alone_is_a_datelines_dash() {
    for (text, agency, key) in [
        (
            "بغداد ـ الأناضول\nأعلنت الحكومة العراقية اليوم عن خطة جديدة.",
            "الأناضول",
            "org:anadolu",
        ),
        (
            "مدريد ـ رويترز ـ قال نادي ريال مدريد إن رئيسه باق في منصبه.",
            "رويترز",
            "org:reuters",
        ),
    ] {
        let found_agency = expect_entity(text, agency);
        assert_eq!(found_agency.key, key, "{text}: {:?}", found(text));
    }
    // A tatweel between words inside a sentence is no dateline's dash.
    let text = "وقال الوزير ـ في بيان ـ إن وسط الأناضول يشهد أمطارا.";
    assert!(entity_with_mention(text, "الأناضول").is_none_or(|e| e.key != "org:anadolu"));
}

#[test]
fn a_news_agency_cited_as_a_source_is_the_agency() {
    for (text, mention) in [
        ("وقال مسؤول تركي للأناضول إن المحادثات مستمرة.", "للأناضول"),
        ("وأضاف في تصريح للأناضول أن الحكومة ستعلن قرارها.", "للأناضول"),
        ("وأفاد مراسل الأناضول بأن القصف استمر.", "الأناضول"),
        (
            "أنقرة - الأناضول\nقال الوزير إن الاتفاق قريب، حسبما نقلت الأناضول.",
            "الأناضول",
        ),
    ] {
        let agency = entity_with_mention(text, mention);
        assert!(
            agency.is_some_and(|e| e.key == "org:anadolu"),
            "{text}: {:?}",
            found(text)
        );
    }
    // Anatolia spoken of as a region stays the place.
    for text in [
        "وتقع المدينة في وسط الأناضول.",
        "وتضرب الأمطار الجزء الشرقي للأناضول منذ أيام.",
    ] {
        for (_, key, _) in found(text) {
            assert_ne!(key, "org:anadolu", "{text}");
        }
    }
}

#[test]
fn a_company_named_after_a_person_is_not_the_person() {
    let text = "أعلنت مجموعة طلعت مصطفى عن مشروع جديد. وقال هشام طلعت مصطفى رئيس شركة \
                طلعت مصطفى إن المبيعات ارتفعت.";
    let person = expect_entity(text, "هشام طلعت مصطفى");
    assert_eq!(person.kind, EntityType::Person);
    assert_eq!(person.mentions.len(), 1, "{:?}", person.mentions);
    let company = entity_with_mention(text, "طلعت مصطفى").expect("the company");
    assert_eq!(company.kind, EntityType::Organization, "{:?}", found(text));
    // A person after an organisation's other heads stays a person.
    let text = "وزار الوفد مكتب هشام طلعت مصطفى أمس.";
    assert!(
        entity_with_mention(text, "هشام طلعت مصطفى").is_some_and(|e| e.kind == EntityType::Person)
    );
}

#[test]
fn a_facility_closed_by_its_adjective_is_named_whole() {
    for (text, name) in [
        (
            "وأقيمت المباراة على استاد القاهرة الدولي أمس.",
            "استاد القاهرة الدولي",
        ),
        (
            "وهبطت الطائرة في مطار بيروت الدولي مساء.",
            "مطار بيروت الدولي",
        ),
    ] {
        assert_eq!(expect_entity(text, name).kind, EntityType::Misc, "{text}");
    }
    // Without the adjective the city is the city's.
    let text = "وأقيمت المباراة على استاد القاهرة أمس.";
    assert!(entity_with_mention(text, "القاهرة").is_some_and(|e| e.kind == EntityType::Location));
    let text = "وانتقلت الوزارات إلى العاصمة الإدارية الجديدة هذا العام.";
    let capital = expect_entity(text, "العاصمة الإدارية الجديدة");
    assert_eq!(capital.kind, EntityType::Location);
}

#[test]
fn a_citys_name_that_a_person_bears_is_theirs_outside_a_place_context() {
    let text = "وقال وزير الاقتصاد السوري سامر الخليل إن الكلفة بلغت 40 مليون يورو. \
                وأضاف الخليل أن الحكومة ستدعم المصدرين. وقتل فلسطينيان في الخليل. \
                وتقع بلدة بيت أمر شمال الخليل.";
    let minister = entity_with_mention(text, "سامر الخليل").expect("the minister");
    let mentions: Vec<&str> = minister.mentions.iter().map(|m| m.text.as_str()).collect();
    assert_eq!(mentions, ["سامر الخليل", "الخليل"], "{:?}", found(text));
    let hebron = found(text)
        .into_iter()
        .find(|(_, key, _)| key == "loc:g285066")
        .map(|(_, _, mentions)| mentions);
    assert_eq!(
        hebron,
        Some(vec!["الخليل".to_string(); 2]),
        "{:?}",
        found(text)
    );
    // Named before no person, the city is the city.
    let text = "وأضاف الخليل أن الحكومة ستدعم المصدرين.";
    assert!(found(text)
        .iter()
        .all(|(kind, ..)| *kind != EntityType::Person));
}

#[test]
fn a_name_with_and_without_the_article_on_its_family_name_is_one_person() {
    let text =
        "وقال وزير الأوقاف أحمد التوفيق إن المساجد ستفتح. وأضاف أحمد توفيق أن الوزارة جاهزة. \
                وتدخل آية الله الطبسي، ثم قال آية الله طبسي إن الثورة مستمرة.";
    for (full, other) in [
        ("أحمد التوفيق", "أحمد توفيق"),
        ("آية الله الطبسي", "آية الله طبسي"),
    ] {
        let person = expect_entity(text, full);
        assert!(
            person.mentions.iter().any(|m| m.text == other),
            "{other}: {:?}",
            found(text)
        );
    }
    // The long vowels still tell names apart, and another first name
    // another person.
    let text = "وقال أحمد الحسين إن الوفد وصل. وأضاف أحمد حسن أن الاجتماع انتهى. \
                وقال محمد توفيق إن الخطة جاهزة.";
    let a = expect_entity(text, "أحمد الحسين");
    assert_eq!(a.mentions.len(), 1, "{:?}", found(text));
}

#[test]
fn common_first_names_are_listed() {
    for (text, name) in [
        ("وقالت نيفين جامع إن الصادرات ارتفعت.", "نيفين جامع"),
        ("وأكد إياد علاوي أن الانتخابات ستجرى في موعدها.", "إياد علاوي"),
    ] {
        assert_eq!(expect_entity(text, name).kind, EntityType::Person, "{text}");
    }
    // A first name the tagger read alone runs on to the father's name
    // after it, but not over و, nor where it is a verb.
    let text = "وأيد المفكر والباحث إياد جمال الدين عضو مجلس النواب القرار.";
    assert!(
        entity_with_mention(text, "إياد جمال الدين").is_some(),
        "{:?}",
        found(text)
    );
    // Two people read one after the other, as the tagger may: (text,
    // token ranges, whether they join).
    for (text, first, second, joins) in [
        ("وقال إياد جمال الدين إن", 1..2, 2..4, true),
        ("عندما هاجر محمد إلى المدينة", 1..2, 2..3, false),
        ("عائلتي منصور وأبو حميد", 1..2, 2..4, false),
        ("لم يصل عدنان للخور أمس", 2..3, 3..4, false),
    ] {
        let tokens = Tokens::new(text);
        let person = |range: std::ops::Range<usize>| Candidate {
            kind: EntityType::Person,
            first: range.start,
            end: range.end,
            start: tokens.start(range.start),
            entry: None,
            role: None,
        };
        let mut candidates = vec![person(first), person(second)];
        join_first_names_to_the_names_after(&tokens, &mut candidates);
        assert_eq!(candidates.len() == 1, joins, "{text}");
    }
    // An everyday word that is also such a name is none.
    let text = "وكانت تلك أسعد لحظات حياته.";
    assert!(
        found(text)
            .iter()
            .all(|(kind, ..)| *kind != EntityType::Person),
        "{:?}",
        found(text)
    );
}

/// The words of the document `tokens` as the tagger's features see them.
fn document_words<'t>(tokens: &'t Tokens<'t>) -> features::DocumentWords<'t> {
    let sentences = sentences_with_words(tokens);
    features::DocumentWords::new(
        tokens,
        &sentences,
        tagger::vocabulary(),
        tagger::known_names(),
    )
}

/// The people [`add_tagger_candidates`] reads where the tagger labels
/// each word of `words` B-PERS, as its document-wide consistency may.
fn people_of_the_tagger(text: &str, words: &[&str]) -> Vec<String> {
    let tokens = Tokens::new(text);
    let document = document_words(&tokens);
    let person = tagger::LABELS.iter().position(|&l| l == "B-PERS").unwrap();
    let labels: Vec<usize> = (0..tokens.len())
        .map(|i| {
            if words.contains(&tokens.raw(i)) {
                person
            } else {
                0
            }
        })
        .collect();
    let facts = WordFacts::new(&tokens);
    let mut candidates = Vec::new();
    add_tagger_candidates(&document, &facts, &labels, &mut candidates);
    candidates
        .iter()
        .map(|c| text[c.start..tokens.end(c.end - 1)].to_string())
        .collect()
}

#[test]
fn a_titles_first_word_alone_is_no_name() {
    let text = "ودعا الأمين العام للأمم المتحدة إلى وقف إطلاق النار.";
    assert_eq!(people_of_the_tagger(text, &["الأمين"]), Vec::<String>::new());
    // Before no title it stays the tagger's name.
    let text = "وقال الأمين إن الحزب سيشارك في الانتخابات.";
    assert_eq!(people_of_the_tagger(text, &["الأمين"]), ["الأمين"]);
}

/// Whether [`is_common_noun_read_as_name`] drops `word` of `text` read
/// alone as a name by the tagger, with no fuller name in the text.
fn common_noun_read_as_name(text: &str, word: &str) -> bool {
    let tokens = Tokens::new(text);
    let document = document_words(&tokens);
    let i = (0..tokens.len())
        .find(|&i| tokens.raw(i) == word)
        .unwrap_or_else(|| panic!("{word} in {text}"));
    let candidate = Candidate {
        kind: EntityType::Location,
        first: i,
        end: i + 1,
        start: tokens.start(i),
        entry: None,
        role: None,
    };
    let none = vec![false; tokens.word_type_count()];
    is_common_noun_read_as_name(&document, &candidate, &none, &none)
}

#[test]
fn common_nouns_with_the_article_are_no_names_alone() {
    let common_nouns = [
        ("وشهد القطاع السياحي نموا كبيرا.", "القطاع"),
        ("وأعلن النادي عن تعاقده مع مدرب جديد.", "النادي"),
        ("وتنطلق الدورة المقبلة في الربيع.", "الدورة"),
        ("وقالت المنظمة في بيانها إن الوضع خطير.", "المنظمة"),
        ("وهنأ المسلمون بعضهم برؤية الهلال.", "الهلال"),
        ("وأكد أن للقطاع الخاص دورا مهما.", "للقطاع"),
    ];
    for (text, word) in common_nouns {
        assert!(common_noun_read_as_name(text, word), "{word} in {text}");
    }
    // Names with the article are seldom written without it, and a name
    // without the article is no common noun's definite form.
    let names = [
        ("ووصل الوفد إلى اليمن أمس.", "اليمن"),
        ("وزار الوزير القدس أمس.", "القدس"),
        ("وتعاقد الاتحاد مع مدرب جديد.", "الاتحاد"),
        ("وقال مبارك إن الحوار مستمر.", "مبارك"),
        ("وتراجع الإنتاج في البرازيل هذا العام.", "البرازيل"),
        ("بفوزه أمس على النصر العماني 2 / 1.", "النصر"),
    ];
    for (text, word) in names {
        assert!(!common_noun_read_as_name(text, word), "{word} in {text}");
    }
}
