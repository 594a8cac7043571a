//! The Georgian texts of problems: titles by kind, details by code (or by
//! kind when there is no code), and field errors by code (`{field}` stands for
//! the field's path). English is what the code writes where the problem
//! arises; these replace it for a client that asks for `ka`
//! (`Accept-Language`).

use crate::problem::ProblemType;

/// The title of a kind of problem.
pub fn title(kind: ProblemType) -> &'static str {
    match kind {
        ProblemType::BadRequest => "არასწორი მოთხოვნა",
        ProblemType::Unauthorized => "ავტორიზაცია არ არის გავლილი",
        ProblemType::Forbidden => "მოქმედება არ არის ნებადართული",
        ProblemType::NotFound => "ვერ მოიძებნა",
        ProblemType::MethodNotAllowed => "მეთოდი დაუშვებელია",
        ProblemType::NotAcceptable => "მოთხოვნილი ფორმატი მიუწვდომელია",
        ProblemType::RequestTimeout => "მოთხოვნის ლოდინის დრო ამოიწურა",
        ProblemType::Conflict => "კონფლიქტი",
        ProblemType::PreconditionFailed => "ვერსია არ ემთხვევა",
        ProblemType::PayloadTooLarge => "მოთხოვნის შიგთავსი ზედმეტად დიდია",
        ProblemType::UriTooLong => "მოთხოვნის მისამართი (URI) ზედმეტად გრძელია",
        ProblemType::UnsupportedMediaType => "შიგთავსის ტიპი არ არის მხარდაჭერილი",
        ProblemType::Validation => "მოთხოვნის მონაცემები არასწორია",
        ProblemType::Unprocessable => "მოთხოვნის შესრულება შეუძლებელია",
        ProblemType::TooManyRequests => "შესვლის ზედმეტად ბევრი წარუმატებელი მცდელობა",
        ProblemType::HeadersTooLarge => "მოთხოვნის სათაურები ზედმეტად დიდია",
        ProblemType::Internal => "სერვერის შიდა შეცდომა",
        ProblemType::Unavailable => "სერვისი დროებით მიუწვდომელია",
        ProblemType::Error => "შეცდომა",
    }
}

/// The detail of a problem of `kind` without a code of its own (or with one
/// not in [`code_detail`]).
pub fn detail(kind: ProblemType) -> &'static str {
    match kind {
        ProblemType::BadRequest => "მოთხოვნის წაკითხვა ვერ მოხერხდა: შეამოწმეთ, რომ შიგთავსი სწორი JSON-ია, ხოლო მოთხოვნის პარამეტრები და სათაურები სწორადაა მითითებული.",
        ProblemType::Unauthorized => "ავტორიზაცია ვერ შედგა: წვდომის ტოკენი არ არის წარმოდგენილი, არ არის მოქმედი ან ვადაგასულია, ან შესვლის მონაცემები არასწორია. გთხოვთ, ხელახლა შეხვიდეთ სისტემაში.",
        ProblemType::Forbidden => "თქვენი როლი (სერვისული ანგარიშის შემთხვევაში — მისთვის მინიჭებული წვდომის უფლებები) ამ მოქმედების შესრულების საშუალებას არ იძლევა.",
        ProblemType::NotFound => "მოთხოვნილი რესურსი ვერ მოიძებნა.",
        ProblemType::MethodNotAllowed => "ეს რესურსი აღნიშნულ HTTP მეთოდს არ ემსახურება; გამოიყენეთ ველში allowed_methods ჩამოთვლილი მეთოდი.",
        ProblemType::NotAcceptable => "Accept სათაურში მითითებული არცერთი ფორმატით პასუხის მიწოდება შეუძლებელია.",
        ProblemType::RequestTimeout => "მოთხოვნის მიღებას ზედმეტად დიდი დრო დასჭირდა; გთხოვთ, გაგზავნოთ იგი ხელახლა.",
        ProblemType::Conflict => "მოთხოვნა ეწინააღმდეგება შენახულ მონაცემებს ან ჩანაწერის მიმდინარე მდგომარეობას; მიზეზს მიუთითებს ველი code.",
        ProblemType::PreconditionFailed => "რესურსი შეიცვალა If-Match სათაურში მითითებული ვერსიის შემდეგ; გთხოვთ, ხელახლა წაიკითხოთ იგი.",
        ProblemType::PayloadTooLarge => "მოთხოვნის შიგთავსი დასაშვებზე დიდია.",
        ProblemType::UriTooLong => "მოთხოვნის მისამართი (URI) დასაშვებზე გრძელია.",
        ProblemType::UnsupportedMediaType => "შიგთავსის ეს ტიპი (Content-Type) აქ არ მიიღება; გამოიყენეთ ოპერაციისთვის განსაზღვრული ტიპი, მაგალითად application/json.",
        ProblemType::Validation => "მოთხოვნის ზოგიერთი ველი არასწორადაა შევსებული; ჩამონათვალი იხილეთ ველში errors.",
        ProblemType::Unprocessable => "მოთხოვნა სწორადაა შედგენილი, თუმცა ამ სახით მისი შესრულება შეუძლებელია; მიზეზს მიუთითებს ველი code.",
        ProblemType::TooManyRequests => "განმეორებითი წარუმატებელი მცდელობების გამო სისტემაში შესვლა დროებით დაბლოკილია; გთხოვთ, სცადოთ ხელახლა Retry-After სათაურში მითითებული წამების გასვლის შემდეგ.",
        ProblemType::HeadersTooLarge => "მოთხოვნის სათაურები დასაშვებზე დიდია.",
        ProblemType::Internal => "სერვერზე მოხდა შეცდომა; შეცდომის შესახებ შეტყობინებისას გთხოვთ, მიუთითოთ request_id.",
        ProblemType::Unavailable => "სერვისს ამჟამად პასუხის გაცემა არ შეუძლია; გთხოვთ, ცოტა ხანში სცადოთ ხელახლა.",
        ProblemType::Error => "მოთხოვნა ვერ შესრულდა.",
    }
}

/// The detail of a problem by its `code` (`forbidden`, `conflict`,
/// `unprocessable` problems).
pub fn code_detail(code: &str) -> Option<&'static str> {
    Some(match code {
        // 403: above the programme's approval_threshold only an admin approves.
        "above_threshold" => "პროგრამის დამტკიცების ზღვარზე (approval_threshold) მეტი თანხის დახმარებას მხოლოდ ადმინისტრატორი ამტკიცებს.",
        "already_applied" => "სამუშაოს მაძიებელს ამ სქემაზე უკვე აქვს ღია განაცხადი; გამოიყენეთ არსებული განაცხადი.",
        "already_attended" => "ამ განაცხადის დასწრება აღნიშნულ ორიენტაციის სესიაზე უკვე აღრიცხულია.",
        "already_erased" => "პირის პერსონალური მონაცემები უკვე წაშლილია.",
        "already_member" => "პირი უკვე ამ შინამეურნეობის წევრია.",
        "already_participant" => "მოხელე ამ ტრენინგის მონაწილედ უკვე აღრიცხულია; საჭიროების შემთხვევაში შეცვალეთ არსებული ჩანაწერი.",
        // A rule set version or a questionnaire.
        "already_published" => "ეს ვერსია ან კითხვარი უკვე გამოქვეყნებულია.",
        "already_registered" => "პირს სამუშაოს მაძიებლის პროფილი უკვე აქვს; შეცვალეთ არსებული პროფილი.",
        // A case moved to eligible / not_eligible against its latest assessment.
        "assessment_disagrees" => "მოთხოვნილი სტატუსი არ შეესაბამება საქმის ბოლო შეფასების შედეგს; შეფასების შედეგისგან განსხვავებული გადაწყვეტილების მიღება მხოლოდ ადმინისტრატორს შეუძლია, მიზეზის მითითებით.",
        // A measurement of an indicator computed from a report figure.
        "bound_to_figure" => "ეს ინდიკატორი ანგარიშის მაჩვენებელს ეფუძნება: მისი ფაქტობრივი მნიშვნელობა ავტომატურად გამოითვლება და ხელით არ აღირიცხება.",
        "budget_below_committed" => "პროგრამის ბიუჯეტი არ შეიძლება იყოს უკვე დამტკიცებული ვალდებულებების ჯამზე ნაკლები.",
        "budget_exceeded" => "ამ დახმარების დამტკიცებით პროგრამის ბიუჯეტი გადაჭარბდებოდა; ბიუჯეტის ნაშთი საკმარისი არ არის.",
        "cap_per_household" => "დახმარება აღემატება ამ სახის დახმარებისთვის ერთ შინამეურნეობაზე დადგენილ ზღვრულ ოდენობას.",
        "cap_per_person" => "დახმარება აღემატება ამ სახის დახმარებისთვის ერთ პირზე დადგენილ ზღვრულ ოდენობას.",
        "case_closed" => "დახურულ საქმეზე ხელახალი შეფასება არ ტარდება.",
        // Assistance of a type not proposed on a case in its status, or a
        // follow-up on a case that is not assisting, monitoring or closed.
        "case_status" => "საქმის მიმდინარე სტატუსი ამ მოქმედების საშუალებას არ იძლევა (ამ სახის დახმარების შეთავაზებას ან შემდგომი მონიტორინგის აღრიცხვას); შეამოწმეთ საქმის სტატუსი.",
        // The programme's catalogue does not offer the assistance type.
        "catalogue" => "პროგრამა ამ სახის დახმარებას არ ითვალისწინებს.",
        // A new questionnaire with a code in use.
        "code_taken" => "ამ კოდით კითხვარი უკვე არსებობს; შექმენით უახლესი კითხვარის ახალი რედაქცია.",
        "concurrent_change" => "ჩანაწერი შეიცვალა ამ მოქმედების შესრულების დროს; გთხოვთ, ხელახლა წაიკითხოთ იგი და საჭიროების შემთხვევაში გაიმეოროთ მოქმედება.",
        "concurrent_update" => "ჩანაწერი შეიცვალა ამ მოთხოვნის დამუშავების დროს; გთხოვთ, ხელახლა წაიკითხოთ იგი, დარწმუნდეთ, რომ ცვლილება კვლავ საჭიროა, და გაიმეოროთ მოთხოვნა.",
        "conditions_not_met" => "სამუშაოს მაძიებელი არ აკმაყოფილებს სქემის პირობებს.",
        "correction_below_zero" => "კორექტირების შედეგად დახმარების ჯამური თანხა ნულზე ნაკლები გახდებოდა.",
        "correction_not_delivered" => "კორექტირება შესაძლებელია მხოლოდ უკვე გაცემულ დახმარებაზე.",
        "correction_other_case" => "კორექტირება და კორექტირებული დახმარება ერთსა და იმავე საქმეს უნდა ეკუთვნოდეს.",
        "correction_other_type" => "კორექტირება და კორექტირებული დახმარება ერთი და იმავე სახის უნდა იყოს.",
        // A questionnaire's next edition is a draft already.
        "draft_exists" => "კითხვარის შემდეგი რედაქცია უკვე არსებობს სამუშაო ვერსიის სახით; შეცვალეთ იგი.",
        // A unique value taken by a concurrent request.
        "duplicate" => "ჩანაწერი ასეთი უნიკალური მნიშვნელობით უკვე არსებობს.",
        // A programme's code.
        "duplicate_code" => "ამ კოდით სხვა პროგრამა უკვე არსებობს.",
        "duplicate_external_id" => "ეს გარე სისტემის იდენტიფიკატორი უკვე აქვს სხვა პირს.",
        "duplicate_follow_up" => "საქმეზე ამ ეტაპის შემდგომი მონიტორინგი უკვე აღრიცხულია.",
        "duplicate_organisation" => "ამ სახელწოდების ორგანიზაცია უკვე არსებობს.",
        "duplicate_personal_number" => "ეს პირადი ნომერი უკვე აქვს სხვა პირს.",
        "duplicate_username" => "ეს მომხმარებლის სახელი (ან client_id) უკვე დაკავებულია.",
        "erased" => "პირის პერსონალური მონაცემები წაშლილია; მასთან დაკავშირებული ცვლილება შეუძლებელია.",
        // 403: the proposer of an assistance item never approves it.
        "four_eyes" => "დახმარების შემთავაზებელი ვერ დაამტკიცებს საკუთარ წინადადებას; დამტკიცება სხვა მომხმარებელმა უნდა განახორციელოს (ოთხი თვალის პრინციპი).",
        "idempotency_answer_withheld" => "მოთხოვნა Idempotency-Key სათაურის ამ მნიშვნელობით უკვე შესრულებულია, თუმცა მისი პასუხი არ ინახება (იგი შეიცავდა ერთჯერადად ნაჩვენებ საიდუმლო მონაცემს ან შემდგომ წაშლილ მონაცემებს); მოთხოვნას ნუ გაიმეორებთ.",
        "idempotency_key_in_progress" => "მოთხოვნა Idempotency-Key სათაურის ამ მნიშვნელობით ჯერ კიდევ მუშავდება; ცოტა ხანში გაიმეორეთ იგივე მოთხოვნა იმავე გასაღებით.",
        "idempotency_key_reused" => "Idempotency-Key სათაურის ეს მნიშვნელობა უკვე გამოყენებულია სხვა მოთხოვნისთვის; ყოველი ახალი მოთხოვნისთვის გამოიყენეთ ახალი გასაღები.",
        // Assistance items, referrals and applications.
        "illegal_action" => "ჩანაწერის მიმდინარე სტატუსი ამ მოქმედებას არ უშვებს; დასაშვები მოქმედებები ჩამოთვლილია ველში allowed.",
        // Programmes.
        "illegal_status_change" => "პროგრამა მიმდინარე სტატუსიდან მოთხოვნილ სტატუსზე ვერ გადავა; დასაშვები სტატუსები ჩამოთვლილია ველში allowed.",
        // Cases.
        "illegal_transition" => "საქმე მიმდინარე სტატუსიდან მოთხოვნილ სტატუსზე ვერ გადავა; დასაშვები სტატუსები ჩამოთვლილია ველში allowed.",
        "member_of_another_household" => "პირი სხვა შინამეურნეობის წევრია; ჯერ იქიდან ამორიცხეთ.",
        "no_assessment" => "საქმეს ჯერ არ აქვს კრიტერიუმებთან შესაბამისობის შეფასება; ჯერ ჩაატარეთ შეფასება.",
        // A departure: no vacancy and no partner employer of the scheme.
        "no_employer" => "განაცხადში ვაკანსია არ არის მითითებული, ხოლო სქემას პარტნიორი დამსაქმებელი არ ჰყავს; გამგზავრების დასაქმების ჩანაწერისთვის დამსაქმებელია საჭირო.",
        "not_a_foreigner" => "ეს ჩანაწერი მხოლოდ უცხოელებზე ფორმდება, ხოლო პირის მოქალაქეობა საქართველოა (GE); საჭიროების შემთხვევაში ჯერ შეასწორეთ პირის მოქალაქეობა.",
        "not_a_social_enterprise" => "მითითებული ორგანიზაცია არ არის სოციალური საწარმო; გამოიყენეთ social_enterprise სახის ორგანიზაციის იდენტიფიკატორი.",
        // An orientation session before its day.
        "not_held_yet" => "სესია ჯერ არ ჩატარებულა; დასწრება აღირიცხება სესიის ჩატარების შემდეგ.",
        // A scheme that takes no applications on the day.
        "not_open" => "სქემა მითითებულ დღეს განაცხადებს არ იღებს.",
        // A questionnaire that is a draft: no edition of it, no response to it.
        "not_published" => "კითხვარი ჯერ არ არის გამოქვეყნებული: სამუშაო ვერსია პასუხებს არ იღებს და მისი ახალი რედაქცია არ იქმნება; შეცვალეთ ან გამოაქვეყნეთ იგი.",
        "open_case_exists" => "პირს ამ პროგრამაში უკვე აქვს ღია საქმე.",
        "own_account" => "ადმინისტრატორი ვერ შეცვლის საკუთარ როლს ან ორგანიზაციას და ვერ მოახდენს საკუთარი ანგარიშის დეაქტივაციას.",
        "own_organisation" => "ადმინისტრატორი ვერ მოახდენს საკუთარი ორგანიზაციის დეაქტივაციას.",
        // A change to a published questionnaire.
        "published" => "გამოქვეყნებული კითხვარი აღარ იცვლება; შექმენით მისი ახალი რედაქცია.",
        "quota_full" => "სქემის მიმდინარე წლის კვოტა ამოწურულია.",
        "vacancy_closed" => "ვაკანსია მითითებულ დღეს განაცხადებს აღარ იღებს.",
        // A change to a published rule set version.
        "version_published" => "წესების ნაკრების გამოქვეყნებული ვერსია აღარ იცვლება; დაამატეთ ახალი ვერსია.",
        _ => return None,
    })
}

/// A field error's message by its `code`; `{field}` is replaced by the field.
pub fn field_message(code: &str) -> Option<&'static str> {
    Some(match code {
        "before_from" => "ველის {field} თარიღი არ შეიძლება იყოს from ველის თარიღზე ადრინდელი.",
        "before_min" => "ველის {field} მნიშვნელობა არ შეიძლება იყოს min ველის მნიშვნელობაზე ნაკლები.",
        "before_opening" => "ველის {field} თარიღი არ შეიძლება იყოს განაცხადების მიღების დაწყების თარიღზე (application_opens_on) ადრინდელი.",
        "before_start" => "ველის {field} თარიღი არ შეიძლება იყოს შესაბამის საწყის თარიღზე ადრინდელი.",
        // An application is oriented only by recording its attendance at a session.
        "by_attendance" => "განაცხადი ორიენტაციის ეტაპზე გადადის მხოლოდ ორიენტაციის სესიაზე დასწრების აღრიცხვით ({field}).",
        // An external id in the body that differs from the one in the path.
        "contradicts_path" => "ველში {field} მითითებული გარე იდენტიფიკატორი განსხვავდება მოთხოვნის მისამართში მითითებულისგან.",
        "duplicate" => "ველში {field} მითითებული მნიშვნელობა მეორდება; თითოეული მნიშვნელობა მიუთითეთ მხოლოდ ერთხელ.",
        // Import file (FileError::at, field `body`).
        "duplicate_column" => "ფაილის სათაურში ერთი და იგივე სვეტი ორჯერაა მითითებული.",
        "duplicate_rule_id" => "წესის იდენტიფიკატორი ({field}) ერთზე მეტჯერ გამოიყენება; თითოეულ წესს უნიკალური იდენტიფიკატორი უნდა ჰქონდეს.",
        "duplicate_system" => "პირს თითოეულ გარე სისტემაში მხოლოდ ერთი იდენტიფიკატორი შეიძლება ჰქონდეს ({field}).",
        "duplicate_type" => "დახმარების თითოეული სახე კატალოგში მხოლოდ ერთხელ შეიძლება იყოს მითითებული ({field}).",
        "empty" => "ველი {field} არ შეიძლება იყოს ცარიელი; მიუთითეთ სულ მცირე ერთი მნიშვნელობა.",
        // Import: the item was imported onto another organisation's case.
        "imported_elsewhere" => "ეს ჩანაწერი სხვა ორგანიზაციის საქმეზეა იმპორტირებული და მისი შეცვლა თქვენ არ შეგიძლიათ ({field}).",
        "in_future" => "ველში {field} არ შეიძლება მიეთითოს მომავალი თარიღი.",
        "in_past" => "ველში {field} არ შეიძლება მიეთითოს წარსული თარიღი.",
        // An organisation that is deactivated.
        "inactive" => "ველში {field} მითითებული ორგანიზაცია დეაქტივირებულია.",
        // residence_status and citizenship disagree (citizen needs GE, and GE is citizen).
        "inconsistent" => "ველის {field} მნიშვნელობა არ შეესაბამება პირის მოქალაქეობას: საქართველოს (GE) მოქალაქის ბინადრობის სტატუსია citizen.",
        "insecure_url" => "ველში {field} მიუთითეთ https პროტოკოლის მისამართი.",
        // Import: in_kind that is neither true nor false.
        "invalid" => "ველის {field} მნიშვნელობა ვერ იქნა წაკითხული; მიუთითეთ true ან false.",
        "invalid_amount" => "ველში {field} თანხა მიუთითეთ ათწილადის სახით, მაგალითად „4000.00“.",
        "invalid_characters" => "ველი {field} არ უნდა შეიცავდეს მმართველ სიმბოლოებს.",
        "invalid_citizenship" => "ველში {field} მიუთითეთ ქვეყნის ორასოიანი კოდი ISO 3166-1 alpha-2 სტანდარტით ან stateless.",
        "invalid_code" => "ველი {field} უნდა შედგებოდეს 2–40 ლათინური მთავრული ასოს, ციფრის ან „-“ ნიშნისგან და არ უნდა იწყებოდეს „-“ ნიშნით.",
        "invalid_condition" => "პირობა ({field}) უნდა შეიცავდეს ზუსტად ერთს შემდეგთაგან: all, any, not ან fact.",
        "invalid_country" => "ველში {field} მიუთითეთ ქვეყნის ორასოიანი კოდი ISO 3166-1 alpha-2 სტანდარტით, მაგალითად GE ან DE.",
        // Import file (FileError::at, field `body`).
        "invalid_csv" => "ფაილი არ არის სწორი CSV ფორმატის.",
        "invalid_currency" => "ველში {field} ვალუტა უნდა იყოს GEL.",
        "invalid_cursor" => "ველის {field} მნიშვნელობა არ არის ამ API-ის მიერ გაცემული კურსორი.",
        "invalid_date" => "ველში {field} თარიღი მიუთითეთ ფორმატით YYYY-MM-DD.",
        // Import file (FileError::at, field `body`).
        "invalid_delimiter" => "ფაილის სათაურში ერთდროულად გამოყენებულია „,“ და „;“; ველების გამყოფად გამოიყენეთ მხოლოდ ერთი მათგანი.",
        // Import file (FileError::at, field `body`).
        "invalid_encoding" => "ფაილი არ არის UTF-8 კოდირებით.",
        "invalid_event_type" => "ველში {field} მითითებული მნიშვნელობა არ არის მოვლენის ტიპი (მაგალითად, case.status_changed).",
        "invalid_external_id" => "ველი {field} უნდა შედგებოდეს 1–128 ხილული ASCII სიმბოლოსგან, ჰარების გარეშე.",
        // Questionnaire codes and keys.
        "invalid_format" => "ველის {field} ფორმატი არასწორია: დასაშვებია მხოლოდ ლათინური პატარა ასოები, ციფრები და დოკუმენტაციით განსაზღვრული ნიშნები, დადგენილი სიგრძით.",
        "invalid_id" => "ველის {field} მნიშვნელობა არ არის სწორი იდენტიფიკატორი.",
        "invalid_isco" => "ველში {field} მიუთითეთ ISCO-08 კლასიფიკატორის ოთხნიშნა კოდი, მაგალითად 5322.",
        // A rule set document or an import line that is not JSON.
        "invalid_json" => "ველის {field} შიგთავსი არ არის სწორი JSON.",
        "invalid_language" => "ველში {field} მიუთითეთ ენის კოდი ISO 639-1 სტანდარტით, მაგალითად en ან ka.",
        // Too few or too many questions of a questionnaire, or options of a question.
        "invalid_length" => "ველში {field} ელემენტების რაოდენობა დასაშვებ ფარგლებს სცილდება.",
        // A meeting's member: a user_id, or a name with an organisation_id.
        "invalid_member" => "ველში {field} წევრი მიუთითეთ user_id ველით, ან სახელითა და organisation_id ველით.",
        "invalid_personal_number" => "ველი {field} უნდა შეიცავდეს ზუსტად 11 ციფრს.",
        "invalid_phone" => "ველში {field} მიუთითეთ ტელეფონის ნომერი 5–15 ციფრით, მაგალითად +995 555 12 34 56.",
        "invalid_region" => "ველში {field} მიუთითეთ რეგიონის კოდი ISO 3166-2:GE სტანდარტით, მაგალითად GE-TB ან GE-IM.",
        // Hours of an integration service, in half hours.
        "invalid_step" => "ველის {field} მნიშვნელობა აღირიცხება ნახევარი საათის სიზუსტით (1, 1.5, 2, ...).",
        // The name of an external system of a person's id.
        "invalid_system" => "ველი {field} უნდა შედგებოდეს 1–64 ლათინური პატარა ასოს, ციფრის, „.“, „_“ ან „-“ ნიშნისგან და იწყებოდეს ასოთი ან ციფრით.",
        "invalid_type" => "ველის {field} მნიშვნელობის ტიპი არასწორია (მაგალითად, რიცხვი მითითებულია იქ, სადაც ტექსტია მოსალოდნელი).",
        "invalid_url" => "ველში {field} მიუთითეთ სრული https მისამართი ჰოსტის სახელით, ავტორიზაციის მონაცემებისა და ფრაგმენტის (#) გარეშე.",
        "invalid_username" => "ველი {field} უნდა შედგებოდეს 3–64 ლათინური პატარა ასოს, ციფრის ან „.“, „_“, „-“, „@“ ნიშნისგან.",
        "invalid_uuid" => "ველში {field} მიუთითეთ UUID ფორმატის იდენტიფიკატორი, მაგალითად 0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e5f.",
        // Also the fallback of a code without a text of its own.
        "invalid_value" => "ველის {field} მნიშვნელობა დაუშვებელია ან ვერ იქნა წაკითხული; დასაშვები მნიშვნელობები იხილეთ დოკუმენტაციაში.",
        // The case's person named as a co-beneficiary.
        "is_beneficiary" => "საქმის პირი დახმარების ძირითადი მიმღებია და თანამიმღებად ვერ მიეთითება ({field}).",
        // Import: the personal number and the external id are two persons'.
        "key_conflict" => "პირადი ნომერი და გარე იდენტიფიკატორი სხვადასხვა პირს ეკუთვნის ({field}).",
        // Import file (FileError::at, field `body`).
        "line_too_long" => "ფაილის ერთ-ერთი ხაზი დასაშვებზე გრძელია.",
        // A required field of a rule set document.
        "missing" => "ველი {field} სავალდებულოა.",
        // Import file (FileError::at, field `body`).
        "missing_column" => "ფაილს აკლია სავალდებულო სვეტი.",
        "negative" => "ველის {field} მნიშვნელობა არ შეიძლება იყოს უარყოფითი.",
        // Import: the person has no case of the programme.
        "no_case" => "პირს ამ პროგრამაში საქმე არ აქვს ({field}); ჯერ გახსენით საქმე.",
        // A training participant named by a user without an organisation.
        "no_organisation" => "მომხმარებელი არცერთ ორგანიზაციას არ ეკუთვნის ({field}); მიუთითეთ მონაწილის სახელი და ორგანიზაცია.",
        "no_published_version" => "წესების ნაკრებს ({field}) ჯერ არ აქვს გამოქვეყნებული ვერსია.",
        // An amount sent as a JSON number instead of a string.
        "not_a_string" => "ველში {field} თანხა მიუთითეთ ტექსტური სტრიქონის სახით, მაგალითად „4000.00“, და არა რიცხვით.",
        "not_abroad" => "ველში {field} მიუთითეთ საქართველოს (GE) გარდა სხვა ქვეყანა.",
        // A field or value not allowed in this combination.
        "not_allowed" => "ველის {field} მნიშვნელობა ამ შემთხვევაში დაუშვებელია.",
        "not_an_object" => "მოთხოვნის შიგთავსი უნდა იყოს JSON ობიექტი.",
        // Logical framework: an output's parent must be an outcome.
        "not_an_outcome" => "ველში {field} მითითებული ელემენტი არ არის შედეგი (outcome): პროდუქტი (output) მხოლოდ შედეგს შეიძლება დაექვემდებაროს.",
        "not_an_output" => "ველში {field} მითითებული ელემენტი არ არის პროდუქტი (output).",
        // A case's assignee: an active case worker or admin of its organisation.
        "not_assignable" => "ველში {field} მიუთითეთ საქმის ორგანიზაციის აქტიური საქმის მწარმოებელი ან ადმინისტრატორი.",
        "not_found" => "ველში {field} მითითებული ჩანაწერი ვერ მოიძებნა.",
        "not_positive" => "ველის {field} მნიშვნელობა ნულზე მეტი უნდა იყოს.",
        // A rule set version that is not published.
        "not_published" => "ველში {field} მიუთითეთ წესების ნაკრების გამოქვეყნებული ვერსია.",
        "operator_not_allowed" => "ოპერატორი ({field}) ამ ფაქტის ტიპისთვის დაუშვებელია.",
        // A case of another person than the one named.
        "other_person" => "ველში {field} მითითებული საქმე სხვა პირს ეკუთვნის.",
        "other_scheme" => "ველში {field} მითითებული ჩანაწერი სხვა სქემას ეკუთვნის.",
        "out_of_range" => "ველის {field} მნიშვნელობა დასაშვებ ფარგლებს სცილდება.",
        // Application dates outside the programme's starts_on .. ends_on.
        "outside_period" => "ველის {field} თარიღი პროგრამის მოქმედების პერიოდის (starts_on – ends_on) ფარგლებში უნდა იყოს.",
        "overlaps" => "ველში {field} მითითებული პერიოდი გადაეფარება იმავე სახის სხვა ჩანაწერის პერიოდს.",
        "private_address" => "ველში {field} მითითებული მისამართი არ არის საჯარო; გამოიყენეთ საჯაროდ ხელმისაწვდომი მისამართი.",
        "read_only" => "ველი {field} ვერ შეიცვლება.",
        // Import: a row refused for another reason than its fields.
        "refused" => "სტრიქონის დამუშავება ვერ მოხერხდა.",
        // Import file (FileError::at, field `body`).
        "repeated_key" => "ფაილში ერთი და იგივე გასაღები რამდენიმე ხაზზეა მითითებული.",
        "required" => "ველი {field} სავალდებულოა.",
        // return_type given without the end_date of the return.
        "requires_end_date" => "ველი {field} მიეთითება მხოლოდ დაბრუნების თარიღთან (end_date) ერთად.",
        "same_as_baseline" => "ველის {field} მნიშვნელობა საბაზისო მნიშვნელობისგან (baseline) უნდა განსხვავდებოდეს.",
        // The integration role belongs to service accounts.
        "service_account_role" => "როლი integration მხოლოდ სერვისულ ანგარიშებს ენიჭება ({field}); შექმენით სერვისული ანგარიში.",
        // A logical framework element's code used by another of its kind.
        "taken" => "ამ სახის სხვა ელემენტს უკვე აქვს ეს კოდი ({field}).",
        "too_deep" => "პირობები ({field}) დასაშვებზე ღრმადაა ჩადგმული.",
        "too_early" => "ველში {field} არ შეიძლება მიეთითოს 1900 წლამდე თარიღი.",
        "too_long" => "ველის {field} მნიშვნელობა დასაშვებზე გრძელია.",
        "too_many" => "ველში {field} ელემენტების რაოდენობა დასაშვებს აღემატება.",
        "too_many_decimals" => "ველში {field} თანხას შეიძლება ჰქონდეს მაქსიმუმ ორი ათობითი ნიშანი.",
        "too_many_words" => "ველში {field} სიტყვების რაოდენობა დასაშვებს აღემატება.",
        // A name search without a word long enough.
        "too_short" => "ველში {field} მიუთითეთ სულ მცირე ერთი საკმარისი სიგრძის სიტყვა.",
        // Import file (FileError::at, field `body`).
        "unknown_column" => "ფაილში მითითებულია უცნობი სვეტი ან ველი.",
        "unknown_fact" => "ფაქტი ({field}) ცნობილი ფაქტების ჩამონათვალში არ არის.",
        "unknown_field" => "ველი {field} ამ ოპერაციაში არ არსებობს ან აქ დაუშვებელია.",
        "unknown_figure" => "არჩეულ ანგარიშში ასეთი მაჩვენებელი არ არსებობს ({field}).",
        "unknown_indicator" => "ველში {field} მითითებული ინდიკატორი გამოკითხვაში არ არის.",
        "unknown_operator" => "ოპერატორი ({field}) უცნობია; დასაშვებია: eq, ne, lt, le, gt, ge, in.",
        "unknown_question" => "კითხვარში ასეთი კითხვა არ არის ({field}).",
        "unsupported_grant_type" => "ველში {field} მიუთითეთ password ან client_credentials.",
        "weak_password" => "პაროლის ({field}) სიგრძე არ შეესაბამება დადგენილ მოთხოვნას.",
        // actual_end given without actual_start.
        "without_start" => "ველი {field} მიეთითება მხოლოდ ფაქტობრივი დაწყების თარიღთან (actual_start) ერთად.",
        // Import file (FileError::at, field `body`).
        "wrong_field_count" => "ფაილის ერთ-ერთ ხაზზე ველების რაოდენობა სათაურს არ ემთხვევა.",
        // Rule set documents: an object, array, string or boolean expected.
        "wrong_type" => "ველის {field} JSON ტიპი არასწორია (მოსალოდნელია ობიექტი, მასივი, ტექსტი ან ლოგიკური მნიშვნელობა).",
        // A rule's value not of the type of the fact it is compared with.
        "wrong_value_type" => "ველის {field} მნიშვნელობის ტიპი არ შეესაბამება შესადარებელი ფაქტის ტიპს.",
        // A correction of zero.
        "zero" => "კორექტირების თანხა ({field}) არ შეიძლება იყოს ნული.",
        _ => return None,
    })
}

/// A validation problem's detail when several fields are wrong; `{count}` is
/// replaced by their number.
pub const SEVERAL_FIELDS: &str = "{count} ველი არასწორადაა შევსებული.";
