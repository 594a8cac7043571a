//! The questionnaires integra starts with, one for each of the three field
//! studies of the Migration Division's project: reintegration sustainability
//! of returnees, integration experience of immigrants, attitudes of potential
//! labour migrants. Texts in Georgian and English; published as edition 1.

use uuid::Uuid;

use super::questionnaire::{QuestionnaireFields, QuestionnaireInput};

/// The documents, in order (ids `...0501` to `...0503`).
const DOCUMENTS: [&str; 3] = [
    include_str!("seeded/reintegration-sustainability.json"),
    include_str!("seeded/integration-experience.json"),
    include_str!("seeded/labour-migration-attitudes.json"),
];

/// The id of the `n`th seeded questionnaire (from 1).
pub fn questionnaire_id(n: u128) -> Uuid {
    Uuid::from_u128(0x0000_0000_0000_7000_8000_0000_0000_0500 + n)
}

/// The seeded questionnaires with their ids, checked as any other.
pub fn seeded() -> Result<Vec<(Uuid, QuestionnaireFields)>, String> {
    (1..)
        .zip(DOCUMENTS)
        .map(|(n, document)| {
            let input: QuestionnaireInput =
                serde_json::from_str(document).map_err(|e| e.to_string())?;
            let fields = input
                .validate()
                .map_err(|e| format!("seeded questionnaire {n}: {e:?}"))?;
            Ok((questionnaire_id(n), fields))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::survey::questionnaire::Study;

    #[test]
    fn the_three_studies_have_a_valid_questionnaire_each() {
        let seeded = seeded().unwrap();
        let studies: Vec<Study> = seeded.iter().map(|(_, f)| f.study).collect();
        assert_eq!(
            studies,
            [
                Study::ReintegrationSustainability,
                Study::IntegrationExperience,
                Study::LabourMigrationAttitudes
            ]
        );
        assert_eq!(
            seeded[0].0.to_string(),
            "00000000-0000-7000-8000-000000000501"
        );
        for (_, fields) in &seeded {
            assert!(fields.questions.len() >= 6);
            assert!(fields.questions.iter().any(|q| q.required));
        }
    }
}
