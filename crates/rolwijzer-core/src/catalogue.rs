//! The guide's catalogue: ambition levels, the fifteen tasks, the twenty checklist
//! items, the four arrangements and the parts of the chapter that rules come from.
//!
//! Only the structure lives here (ids, order, which level, which task). All names and
//! descriptions are in the Fluent files under `locales/`, so that wording can change
//! without touching a rule.

use serde::{Deserialize, Serialize};
use std::fmt;

/// How much the collaboration organises together. Ordered: each level adds tasks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum AmbitionLevel {
    /// Delen zonder regie: share code, little coordination.
    Sharing,
    /// Lichte coördinatie: regular meetings and agreements.
    Light,
    /// Gestructureerde samenwerking: a contribution, a roadmap, a steering group.
    Structured,
    /// Volledige regie: the collaboration directs everything itself.
    Full,
}

impl AmbitionLevel {
    /// All levels, lowest first.
    pub const ALL: [AmbitionLevel; 4] = [Self::Sharing, Self::Light, Self::Structured, Self::Full];

    /// The id used in documents (`sharing`, `light`, …).
    pub fn id(self) -> &'static str {
        match self {
            Self::Sharing => "sharing",
            Self::Light => "light",
            Self::Structured => "structured",
            Self::Full => "full",
        }
    }

    /// Parses a document id.
    pub fn from_id(id: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|l| l.id() == id)
    }
}

/// The chapter's way of dividing tasks over the collaboration.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Arrangement {
    /// Option 1: one municipality (the penvoerder) fills the roles.
    Coordinating,
    /// Option 2: municipalities take turns.
    Rotating,
    /// Option 3: tasks spread over municipalities by expertise.
    Distributed,
    /// Option 4: an external organisation fills (some of) the roles.
    External,
}

impl Arrangement {
    /// All arrangements in the chapter's order.
    pub const ALL: [Arrangement; 4] = [
        Self::Coordinating,
        Self::Rotating,
        Self::Distributed,
        Self::External,
    ];

    /// The id used in documents.
    pub fn id(self) -> &'static str {
        match self {
            Self::Coordinating => "coordinating",
            Self::Rotating => "rotating",
            Self::Distributed => "distributed",
            Self::External => "external",
        }
    }

    /// Parses a document id.
    pub fn from_id(id: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|a| a.id() == id)
    }

    /// The ambition levels this arrangement suits, according to the chapter.
    pub fn suits(self) -> &'static [AmbitionLevel] {
        use AmbitionLevel::*;
        match self {
            Self::Coordinating | Self::Distributed => &[Sharing, Light, Structured],
            Self::Rotating => &[Sharing, Light],
            Self::External => &[Structured, Full],
        }
    }

    /// Whether the chapter recommends this arrangement at `level`.
    pub fn suits_level(self, level: AmbitionLevel) -> bool {
        self.suits().contains(&level)
    }

    /// The chapter part that describes this option.
    pub fn chapter(self) -> ChapterPart {
        match self {
            Self::Coordinating => ChapterPart::OptionCoordinating,
            Self::Rotating => ChapterPart::OptionRotating,
            Self::Distributed => ChapterPart::OptionDistributed,
            Self::External => ChapterPart::OptionExternal,
        }
    }
}

/// The area a task or checklist item belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Category {
    /// Code, reviews, releases.
    Technical,
    /// Contact, meetings, agreements.
    Organisational,
    /// Money.
    Financial,
    /// Members, communication, feedback.
    Community,
}

impl Category {
    /// The id used in texts and exports: the same as its checklist group's.
    pub fn id(self) -> &'static str {
        ChecklistGroup::from(self).id()
    }
}

/// Every area is also a group of the checklist (which has one more, for structured
/// collaboration), so both share their ids and texts.
impl From<Category> for ChecklistGroup {
    fn from(c: Category) -> Self {
        match c {
            Category::Technical => Self::Technical,
            Category::Organisational => Self::Organisational,
            Category::Financial => Self::Financial,
            Category::Community => Self::Community,
        }
    }
}

/// One of the fifteen tasks the chapter names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum TaskId {
    /// Contactpersoon/aanspreekpunt.
    ContactPerson,
    /// Beheer code repository.
    RepositoryAdmin,
    /// Technisch beheer.
    TechnicalMaintenance,
    /// Coördinatie overleggen.
    MeetingCoordination,
    /// Coördinatie samenwerking.
    CollaborationCoordination,
    /// Collecteren, beheren en aanwenden van de communitybijdrage.
    CommunityContribution,
    /// Financieel beheer.
    FinancialManagement,
    /// Community management.
    CommunityManagement,
    /// Product ownership.
    ProductOwnership,
    /// Architectuur en technische visie.
    Architecture,
    /// Aansturen ontwikkelteam.
    DevelopmentTeamLead,
    /// Werven nieuwe gemeenten.
    Recruitment,
    /// Communicatie.
    Communication,
    /// Monitoring en rapportage.
    MonitoringReporting,
    /// Leveranciersmanagement.
    SupplierManagement,
}

/// Fixed facts about a catalogue task.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TaskInfo {
    /// Which task.
    pub id: TaskId,
    /// The lowest level at which the chapter asks for it.
    pub level: AmbitionLevel,
    /// Its area.
    pub category: Category,
    /// Critical tasks need a backup (tip "Zorg voor back-up").
    pub critical: bool,
}

impl TaskId {
    /// All tasks in the chapter's order.
    pub const ALL: [TaskId; 15] = [
        Self::ContactPerson,
        Self::RepositoryAdmin,
        Self::TechnicalMaintenance,
        Self::MeetingCoordination,
        Self::CollaborationCoordination,
        Self::CommunityContribution,
        Self::FinancialManagement,
        Self::CommunityManagement,
        Self::ProductOwnership,
        Self::Architecture,
        Self::DevelopmentTeamLead,
        Self::Recruitment,
        Self::Communication,
        Self::MonitoringReporting,
        Self::SupplierManagement,
    ];

    /// The id used in documents.
    pub fn id(self) -> &'static str {
        match self {
            Self::ContactPerson => "contact-person",
            Self::RepositoryAdmin => "repository-admin",
            Self::TechnicalMaintenance => "technical-maintenance",
            Self::MeetingCoordination => "meeting-coordination",
            Self::CollaborationCoordination => "collaboration-coordination",
            Self::CommunityContribution => "community-contribution",
            Self::FinancialManagement => "financial-management",
            Self::CommunityManagement => "community-management",
            Self::ProductOwnership => "product-ownership",
            Self::Architecture => "architecture",
            Self::DevelopmentTeamLead => "development-team-lead",
            Self::Recruitment => "recruitment",
            Self::Communication => "communication",
            Self::MonitoringReporting => "monitoring-reporting",
            Self::SupplierManagement => "supplier-management",
        }
    }

    /// Parses a document id.
    pub fn from_id(id: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|t| t.id() == id)
    }

    /// The catalogue facts for this task.
    pub fn info(self) -> TaskInfo {
        use AmbitionLevel::*;
        use Category::*;
        let (level, category, critical) = match self {
            Self::ContactPerson => (Sharing, Organisational, true),
            Self::RepositoryAdmin => (Sharing, Technical, true),
            Self::TechnicalMaintenance => (Sharing, Technical, true),
            Self::MeetingCoordination => (Light, Organisational, false),
            Self::CollaborationCoordination => (Light, Organisational, false),
            Self::CommunityContribution => (Structured, Financial, true),
            Self::FinancialManagement => (Structured, Financial, true),
            Self::CommunityManagement => (Structured, Community, false),
            Self::ProductOwnership => (Structured, Organisational, false),
            Self::Architecture => (Structured, Technical, false),
            Self::DevelopmentTeamLead => (Structured, Technical, false),
            Self::Recruitment => (Structured, Community, false),
            Self::Communication => (Structured, Community, false),
            Self::MonitoringReporting => (Structured, Organisational, false),
            Self::SupplierManagement => (Structured, Organisational, false),
        };
        TaskInfo {
            id: self,
            level,
            category,
            critical,
        }
    }

    /// Tasks that handle the community's money: conflicts of interest matter here.
    pub fn is_money_task(self) -> bool {
        matches!(
            self,
            Self::CommunityContribution | Self::FinancialManagement
        )
    }

    /// Whether this task is required at `level`, given whether a contribution is
    /// collected (then the money tasks are required at any level).
    pub fn required(self, level: AmbitionLevel, contribution: bool) -> bool {
        self.info().level <= level || (contribution && self.is_money_task())
    }

    /// The chapter part that lists this task.
    pub fn chapter(self) -> ChapterPart {
        match self.info().level {
            AmbitionLevel::Sharing => ChapterPart::BasicTasks,
            AmbitionLevel::Light => ChapterPart::LightTasks,
            _ => ChapterPart::StructuredTasks,
        }
    }
}

/// The chapter's figure for the three basic tasks in a small collaboration, in hours a
/// week (low, high).
pub const BASIC_TASKS_HOURS_PER_WEEK: (u32, u32) = (2, 4);

/// The chapter's advice for the reserve, in months of fixed costs (low, high).
pub const RESERVE_MONTHS_BAND: (u32, u32) = (3, 6);

/// The groups of the chapter's checklist.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ChecklistGroup {
    /// Technisch.
    Technical,
    /// Organisatorisch.
    Organisational,
    /// Financieel.
    Financial,
    /// Community.
    Community,
    /// Extra at structured collaboration and full direction.
    Structured,
}

impl ChecklistGroup {
    /// All groups in the chapter's order.
    pub const ALL: [ChecklistGroup; 5] = [
        Self::Technical,
        Self::Organisational,
        Self::Financial,
        Self::Community,
        Self::Structured,
    ];

    /// The id used in texts and exports.
    pub fn id(self) -> &'static str {
        match self {
            Self::Technical => "technical",
            Self::Organisational => "organisational",
            Self::Financial => "financial",
            Self::Community => "community",
            Self::Structured => "structured",
        }
    }
}

/// One line of the chapter's checklist "hebben we alle rollen belegd?".
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ItemId {
    /// Beheer code repository (admin-rechten).
    RepoAdminRights,
    /// Code review en merge requests.
    CodeReview,
    /// Release management.
    ReleaseManagement,
    /// Technische documentatie.
    TechnicalDocumentation,
    /// Contactpersoon/aanspreekpunt.
    ContactPerson,
    /// Coördinatie overleggen.
    MeetingCoordination,
    /// Notulen en actielijsten.
    MinutesActions,
    /// Organisatie bijeenkomsten.
    EventOrganisation,
    /// Facturering.
    Invoicing,
    /// Betalingen monitoren.
    PaymentMonitoring,
    /// Financiële administratie.
    FinancialAdministration,
    /// Financiële rapportage.
    FinancialReporting,
    /// Werven nieuwe gemeenten.
    Recruitment,
    /// Onboarding nieuwe deelnemers.
    Onboarding,
    /// Communicatie (nieuwsbrieven, website).
    Communication,
    /// Verzamelen feedback.
    Feedback,
    /// Product ownership.
    ProductOwnership,
    /// Contractmanagement.
    ContractManagement,
    /// Aansturen ontwikkelteam.
    DevelopmentTeamLead,
    /// Leveranciersmanagement.
    SupplierManagement,
}

impl ItemId {
    /// All twenty items in the chapter's order.
    pub const ALL: [ItemId; 20] = [
        Self::RepoAdminRights,
        Self::CodeReview,
        Self::ReleaseManagement,
        Self::TechnicalDocumentation,
        Self::ContactPerson,
        Self::MeetingCoordination,
        Self::MinutesActions,
        Self::EventOrganisation,
        Self::Invoicing,
        Self::PaymentMonitoring,
        Self::FinancialAdministration,
        Self::FinancialReporting,
        Self::Recruitment,
        Self::Onboarding,
        Self::Communication,
        Self::Feedback,
        Self::ProductOwnership,
        Self::ContractManagement,
        Self::DevelopmentTeamLead,
        Self::SupplierManagement,
    ];

    /// The id used in documents (`item: release-management`).
    pub fn id(self) -> &'static str {
        match self {
            Self::RepoAdminRights => "repo-admin-rights",
            Self::CodeReview => "code-review",
            Self::ReleaseManagement => "release-management",
            Self::TechnicalDocumentation => "technical-documentation",
            Self::ContactPerson => "contact-person",
            Self::MeetingCoordination => "meeting-coordination",
            Self::MinutesActions => "minutes-actions",
            Self::EventOrganisation => "event-organisation",
            Self::Invoicing => "invoicing",
            Self::PaymentMonitoring => "payment-monitoring",
            Self::FinancialAdministration => "financial-administration",
            Self::FinancialReporting => "financial-reporting",
            Self::Recruitment => "recruitment",
            Self::Onboarding => "onboarding",
            Self::Communication => "communication",
            Self::Feedback => "feedback",
            Self::ProductOwnership => "product-ownership",
            Self::ContractManagement => "contract-management",
            Self::DevelopmentTeamLead => "development-team-lead",
            Self::SupplierManagement => "supplier-management",
        }
    }

    /// Parses a document id.
    pub fn from_id(id: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|t| t.id() == id)
    }

    /// The checklist group this item is listed under.
    pub fn group(self) -> ChecklistGroup {
        use ChecklistGroup::*;
        match self {
            Self::RepoAdminRights
            | Self::CodeReview
            | Self::ReleaseManagement
            | Self::TechnicalDocumentation => Technical,
            Self::ContactPerson
            | Self::MeetingCoordination
            | Self::MinutesActions
            | Self::EventOrganisation => Organisational,
            Self::Invoicing
            | Self::PaymentMonitoring
            | Self::FinancialAdministration
            | Self::FinancialReporting => Financial,
            Self::Recruitment | Self::Onboarding | Self::Communication | Self::Feedback => {
                Community
            }
            Self::ProductOwnership
            | Self::ContractManagement
            | Self::DevelopmentTeamLead
            | Self::SupplierManagement => Structured,
        }
    }

    /// The task whose holders tick this item, unless it is assigned on its own.
    pub fn task(self) -> TaskId {
        use TaskId::*;
        match self {
            Self::RepoAdminRights | Self::ReleaseManagement => RepositoryAdmin,
            Self::CodeReview | Self::TechnicalDocumentation => TechnicalMaintenance,
            Self::ContactPerson => ContactPerson,
            Self::MeetingCoordination | Self::MinutesActions | Self::EventOrganisation => {
                MeetingCoordination
            }
            Self::Invoicing
            | Self::PaymentMonitoring
            | Self::FinancialAdministration
            | Self::ContractManagement => CommunityContribution,
            Self::FinancialReporting => FinancialManagement,
            Self::Recruitment | Self::Onboarding => Recruitment,
            Self::Communication => Communication,
            Self::Feedback => CommunityManagement,
            Self::ProductOwnership => ProductOwnership,
            Self::DevelopmentTeamLead => DevelopmentTeamLead,
            Self::SupplierManagement => SupplierManagement,
        }
    }
}

/// The part of the chapter a rule or text comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ChapterPart {
    /// Basistaken (bij alle samenwerkingen).
    BasicTasks,
    /// Taken bij lichte coördinatie.
    LightTasks,
    /// Taken bij gestructureerde samenwerking en volledige regie.
    StructuredTasks,
    /// Optie 1: bij een coördinerende gemeente.
    OptionCoordinating,
    /// Optie 2: roulerend tussen gemeenten.
    OptionRotating,
    /// Optie 3: verdeeld over gemeenten.
    OptionDistributed,
    /// Optie 4: externe partij.
    OptionExternal,
    /// Praktische uitwerking: maak een RACI-matrix.
    Raci,
    /// Checklist: hebben we alle rollen belegd?
    Checklist,
    /// Tip: maak het expliciet en schrijf het op.
    TipWriteDown,
    /// Tip: zorg voor back-up.
    TipBackup,
    /// Tip: documenteer processen.
    TipDocument,
    /// Tip: scheiding van geldstromen.
    TipSeparateMoney,
    /// Tip: bouw reserves op.
    TipReserves,
    /// Tip: evalueer jaarlijks.
    TipEvaluate,
    /// Tip: erken en waardeer de inzet.
    TipRecognise,
    /// Tip: maak financiële administratie bespreekbaar.
    TipFinanceOnAgenda,
    /// Tip: start niet te ambitieus.
    TipStartSmall,
}

impl ChapterPart {
    /// The id used in texts (`chapter-<id>`).
    pub fn id(self) -> &'static str {
        match self {
            Self::BasicTasks => "basic-tasks",
            Self::LightTasks => "light-tasks",
            Self::StructuredTasks => "structured-tasks",
            Self::OptionCoordinating => "option-coordinating",
            Self::OptionRotating => "option-rotating",
            Self::OptionDistributed => "option-distributed",
            Self::OptionExternal => "option-external",
            Self::Raci => "raci",
            Self::Checklist => "checklist",
            Self::TipWriteDown => "tip-write-down",
            Self::TipBackup => "tip-backup",
            Self::TipDocument => "tip-document",
            Self::TipSeparateMoney => "tip-separate-money",
            Self::TipReserves => "tip-reserves",
            Self::TipEvaluate => "tip-evaluate",
            Self::TipRecognise => "tip-recognise",
            Self::TipFinanceOnAgenda => "tip-finance-on-agenda",
            Self::TipStartSmall => "tip-start-small",
        }
    }
}

/// The catalogue's names show as their document id (`light`, `contact-person`), as
/// in the files people write.
macro_rules! display_as_id {
    ($($t:ty),*) => {$(
        impl fmt::Display for $t {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.id())
            }
        }
    )*};
}
display_as_id!(AmbitionLevel, Arrangement, TaskId, ItemId);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn levels_are_ordered_and_tasks_add_up() {
        let counts: Vec<usize> = AmbitionLevel::ALL
            .iter()
            .map(|&l| TaskId::ALL.iter().filter(|t| t.required(l, false)).count())
            .collect();
        assert_eq!(counts, vec![3, 5, 15, 15]);
    }

    #[test]
    fn contribution_makes_money_tasks_required_at_any_level() {
        assert!(TaskId::CommunityContribution.required(AmbitionLevel::Sharing, true));
        assert!(TaskId::FinancialManagement.required(AmbitionLevel::Light, true));
        assert!(!TaskId::FinancialManagement.required(AmbitionLevel::Light, false));
        assert!(!TaskId::Recruitment.required(AmbitionLevel::Sharing, true));
    }

    #[test]
    fn checklist_has_twenty_items_in_five_groups_of_four() {
        for g in ChecklistGroup::ALL {
            assert_eq!(ItemId::ALL.iter().filter(|i| i.group() == g).count(), 4);
        }
    }

    #[test]
    fn ids_round_trip() {
        for t in TaskId::ALL {
            assert_eq!(TaskId::from_id(t.id()), Some(t));
        }
        for i in ItemId::ALL {
            assert_eq!(ItemId::from_id(i.id()), Some(i));
        }
        for a in Arrangement::ALL {
            assert_eq!(Arrangement::from_id(a.id()), Some(a));
        }
        for l in AmbitionLevel::ALL {
            assert_eq!(AmbitionLevel::from_id(l.id()), Some(l));
        }
    }

    #[test]
    fn critical_tasks_are_the_basic_and_money_tasks() {
        let critical: Vec<&str> = TaskId::ALL
            .iter()
            .filter(|t| t.info().critical)
            .map(|t| t.id())
            .collect();
        assert_eq!(
            critical,
            vec![
                "contact-person",
                "repository-admin",
                "technical-maintenance",
                "community-contribution",
                "financial-management"
            ]
        );
    }

    #[test]
    fn arrangements_suit_the_chapters_levels() {
        use AmbitionLevel::*;
        assert!(Arrangement::Rotating.suits_level(Light));
        assert!(!Arrangement::Rotating.suits_level(Structured));
        assert!(!Arrangement::External.suits_level(Sharing));
        assert!(Arrangement::External.suits_level(Full));
        assert!(!Arrangement::Coordinating.suits_level(Full));
    }
}
