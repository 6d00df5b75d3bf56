//! URL names made from collaboration names.

#[test]
fn a_slug_cut_at_sixty_characters_never_ends_in_a_dash() {
    // 59 letters, then a space: the cut falls right after the dash.
    let name = format!("{} samenwerking", "a".repeat(59));
    let slug = rolwijzer_store::slugify(&name);
    assert_eq!(slug, "a".repeat(59));
    assert_eq!(
        rolwijzer_store::slugify("Gemeente 's-Hertogenbosch & Co"),
        "gemeente-s-hertogenbosch-co"
    );
}
