//! The integration of immigrants: a foreigner's residence permits in Georgia
//! and the integration services delivered to them (language courses, civic
//! orientation, legal and employment counselling). Both hang off the one person
//! registry; a returnee and an immigrant are the same kind of record.

pub mod permit;
pub mod service;
