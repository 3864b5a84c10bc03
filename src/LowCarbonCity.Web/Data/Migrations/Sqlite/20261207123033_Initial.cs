using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LowCarbonCity.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AspNetRoles",
                columns: table => new
                {
                    id = table.Column<string>(type: "TEXT", nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    normalized_name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    concurrency_stamp = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_asp_net_roles", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUsers",
                columns: table => new
                {
                    id = table.Column<string>(type: "TEXT", nullable: false),
                    display_name = table.Column<string>(type: "TEXT", nullable: true),
                    preferred_culture = table.Column<string>(type: "TEXT", nullable: true),
                    must_change_password = table.Column<bool>(type: "INTEGER", nullable: false),
                    user_name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    normalized_user_name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    normalized_email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    email_confirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    password_hash = table.Column<string>(type: "TEXT", nullable: true),
                    security_stamp = table.Column<string>(type: "TEXT", nullable: true),
                    concurrency_stamp = table.Column<string>(type: "TEXT", nullable: true),
                    phone_number = table.Column<string>(type: "TEXT", nullable: true),
                    phone_number_confirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    two_factor_enabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    lockout_end = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    lockout_enabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    access_failed_count = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_asp_net_users", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "audit_entries",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    at = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    user_id = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    entity_type = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    entity_id = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    inventory_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    action = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    old_values = table.Column<string>(type: "TEXT", nullable: true),
                    new_values = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_audit_entries", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "data_protection_keys",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    friendly_name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    xml = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_data_protection_keys", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "emission_factor_editions",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    name_en = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    name_th = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    source = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    valid_from_year = table.Column<int>(type: "INTEGER", nullable: false),
                    valid_to_year = table.Column<int>(type: "INTEGER", nullable: true),
                    default_gwp_set_code = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    is_locked = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_emission_factor_editions", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "gwp_sets",
                columns: table => new
                {
                    code = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    source = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_gwp_sets", x => x.code);
                });

            migrationBuilder.CreateTable(
                name: "invitations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    display_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    role = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    organisation_codes = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    token_hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    created_by_user_id = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    expires_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    used_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    user_id = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_invitations", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "provinces",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    code = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    name_th = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    name_en = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    region = table.Column<string>(type: "TEXT", maxLength: 48, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_provinces", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "seed_versions",
                columns: table => new
                {
                    name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false),
                    applied_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_seed_versions", x => x.name);
                });

            migrationBuilder.CreateTable(
                name: "AspNetRoleClaims",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    role_id = table.Column<string>(type: "TEXT", nullable: false),
                    claim_type = table.Column<string>(type: "TEXT", nullable: true),
                    claim_value = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_asp_net_role_claims", x => x.id);
                    table.ForeignKey(
                        name: "fk_asp_net_role_claims_asp_net_roles_role_id",
                        column: x => x.role_id,
                        principalTable: "AspNetRoles",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "api_tokens",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    user_id = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    prefix = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    secret_hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    scopes = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    expires_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    revoked_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_api_tokens", x => x.id);
                    table.ForeignKey(
                        name: "fk_api_tokens_asp_net_users_user_id",
                        column: x => x.user_id,
                        principalTable: "AspNetUsers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserClaims",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    user_id = table.Column<string>(type: "TEXT", nullable: false),
                    claim_type = table.Column<string>(type: "TEXT", nullable: true),
                    claim_value = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_asp_net_user_claims", x => x.id);
                    table.ForeignKey(
                        name: "fk_asp_net_user_claims_asp_net_users_user_id",
                        column: x => x.user_id,
                        principalTable: "AspNetUsers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserLogins",
                columns: table => new
                {
                    login_provider = table.Column<string>(type: "TEXT", nullable: false),
                    provider_key = table.Column<string>(type: "TEXT", nullable: false),
                    provider_display_name = table.Column<string>(type: "TEXT", nullable: true),
                    user_id = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_asp_net_user_logins", x => new { x.login_provider, x.provider_key });
                    table.ForeignKey(
                        name: "fk_asp_net_user_logins_asp_net_users_user_id",
                        column: x => x.user_id,
                        principalTable: "AspNetUsers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserRoles",
                columns: table => new
                {
                    user_id = table.Column<string>(type: "TEXT", nullable: false),
                    role_id = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_asp_net_user_roles", x => new { x.user_id, x.role_id });
                    table.ForeignKey(
                        name: "fk_asp_net_user_roles_asp_net_roles_role_id",
                        column: x => x.role_id,
                        principalTable: "AspNetRoles",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_asp_net_user_roles_asp_net_users_user_id",
                        column: x => x.user_id,
                        principalTable: "AspNetUsers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserTokens",
                columns: table => new
                {
                    user_id = table.Column<string>(type: "TEXT", nullable: false),
                    login_provider = table.Column<string>(type: "TEXT", nullable: false),
                    name = table.Column<string>(type: "TEXT", nullable: false),
                    value = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_asp_net_user_tokens", x => new { x.user_id, x.login_provider, x.name });
                    table.ForeignKey(
                        name: "fk_asp_net_user_tokens_asp_net_users_user_id",
                        column: x => x.user_id,
                        principalTable: "AspNetUsers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "emission_factors",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    edition_id = table.Column<int>(type: "INTEGER", nullable: false),
                    category = table.Column<string>(type: "TEXT", maxLength: 48, nullable: false),
                    gas = table.Column<string>(type: "TEXT", maxLength: 48, nullable: false),
                    value = table.Column<decimal>(type: "TEXT", precision: 28, scale: 12, nullable: false),
                    mass_unit = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    per_unit = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    source = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_emission_factors", x => x.id);
                    table.ForeignKey(
                        name: "fk_emission_factors_emission_factor_editions_edition_id",
                        column: x => x.edition_id,
                        principalTable: "emission_factor_editions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "gwp_values",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    gas = table.Column<string>(type: "TEXT", maxLength: 48, nullable: false),
                    value = table.Column<decimal>(type: "TEXT", precision: 28, scale: 12, nullable: false),
                    gwp_set_code = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_gwp_values", x => x.id);
                    table.ForeignKey(
                        name: "fk_gwp_values_gwp_sets_gwp_set_code",
                        column: x => x.gwp_set_code,
                        principalTable: "gwp_sets",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "organisations",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    type = table.Column<string>(type: "TEXT", maxLength: 48, nullable: false),
                    province_id = table.Column<int>(type: "INTEGER", nullable: false),
                    name_th = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    name_en = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_organisations", x => x.id);
                    table.ForeignKey(
                        name: "fk_organisations_provinces_province_id",
                        column: x => x.province_id,
                        principalTable: "provinces",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "inventories",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    organisation_id = table.Column<int>(type: "INTEGER", nullable: false),
                    year = table.Column<int>(type: "INTEGER", nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 48, nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 48, nullable: false),
                    factor_edition_id = table.Column<int>(type: "INTEGER", nullable: false),
                    gwp_set_code = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_inventories", x => x.id);
                    table.ForeignKey(
                        name: "fk_inventories_emission_factor_editions_factor_edition_id",
                        column: x => x.factor_edition_id,
                        principalTable: "emission_factor_editions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_inventories_gwp_sets_gwp_set_code",
                        column: x => x.gwp_set_code,
                        principalTable: "gwp_sets",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_inventories_organisations_organisation_id",
                        column: x => x.organisation_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "organisation_memberships",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    user_id = table.Column<string>(type: "TEXT", nullable: false),
                    organisation_id = table.Column<int>(type: "INTEGER", nullable: false),
                    role = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_organisation_memberships", x => x.id);
                    table.ForeignKey(
                        name: "fk_organisation_memberships_asp_net_users_user_id",
                        column: x => x.user_id,
                        principalTable: "AspNetUsers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_organisation_memberships_organisations_organisation_id",
                        column: x => x.organisation_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "organisation_year_contexts",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    organisation_id = table.Column<int>(type: "INTEGER", nullable: false),
                    year = table.Column<int>(type: "INTEGER", nullable: false),
                    population = table.Column<int>(type: "INTEGER", nullable: true),
                    area_km2 = table.Column<decimal>(type: "TEXT", precision: 28, scale: 6, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_organisation_year_contexts", x => x.id);
                    table.ForeignKey(
                        name: "fk_organisation_year_contexts_organisations_organisation_id",
                        column: x => x.organisation_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "solid_waste_sites",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    organisation_id = table.Column<int>(type: "INTEGER", nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    management = table.Column<string>(type: "TEXT", maxLength: 48, nullable: false),
                    climate = table.Column<string>(type: "TEXT", maxLength: 48, nullable: false),
                    covered_with_oxidising_material = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_solid_waste_sites", x => x.id);
                    table.ForeignKey(
                        name: "fk_solid_waste_sites_organisations_organisation_id",
                        column: x => x.organisation_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "targets",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    scope_kind = table.Column<string>(type: "TEXT", maxLength: 48, nullable: false),
                    organisation_id = table.Column<int>(type: "INTEGER", nullable: true),
                    province_id = table.Column<int>(type: "INTEGER", nullable: false),
                    inventory_kind = table.Column<string>(type: "TEXT", maxLength: 48, nullable: false),
                    base_year = table.Column<int>(type: "INTEGER", nullable: false),
                    target_year = table.Column<int>(type: "INTEGER", nullable: false),
                    reduction_kind = table.Column<string>(type: "TEXT", maxLength: 48, nullable: false),
                    reduction_value = table.Column<decimal>(type: "TEXT", precision: 28, scale: 6, nullable: false),
                    scopes = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    sectors = table.Column<string>(type: "TEXT", maxLength: 512, nullable: false),
                    bau_method = table.Column<string>(type: "TEXT", maxLength: 48, nullable: false),
                    bau_rate_percent = table.Column<decimal>(type: "TEXT", precision: 28, scale: 6, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_targets", x => x.id);
                    table.ForeignKey(
                        name: "fk_targets_organisations_organisation_id",
                        column: x => x.organisation_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_targets_provinces_province_id",
                        column: x => x.province_id,
                        principalTable: "provinces",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "inventory_comments",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    inventory_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    line_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    parent_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    user_id = table.Column<string>(type: "TEXT", nullable: false),
                    text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    at = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_inventory_comments", x => x.id);
                    table.ForeignKey(
                        name: "fk_inventory_comments_asp_net_users_user_id",
                        column: x => x.user_id,
                        principalTable: "AspNetUsers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_inventory_comments_inventories_inventory_id",
                        column: x => x.inventory_id,
                        principalTable: "inventories",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_inventory_comments_inventory_comments_parent_id",
                        column: x => x.parent_id,
                        principalTable: "inventory_comments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "inventory_status_changes",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    inventory_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    from = table.Column<string>(type: "TEXT", maxLength: 48, nullable: false),
                    to = table.Column<string>(type: "TEXT", maxLength: 48, nullable: false),
                    user_id = table.Column<string>(type: "TEXT", nullable: false),
                    reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    at = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_inventory_status_changes", x => x.id);
                    table.ForeignKey(
                        name: "fk_inventory_status_changes_asp_net_users_user_id",
                        column: x => x.user_id,
                        principalTable: "AspNetUsers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_inventory_status_changes_inventories_inventory_id",
                        column: x => x.inventory_id,
                        principalTable: "inventories",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "inventory_totals",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    inventory_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    organisation_id = table.Column<int>(type: "INTEGER", nullable: false),
                    year = table.Column<int>(type: "INTEGER", nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 48, nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 48, nullable: false),
                    sector = table.Column<string>(type: "TEXT", maxLength: 48, nullable: false),
                    gpc_sector = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    scope = table.Column<string>(type: "TEXT", maxLength: 48, nullable: false),
                    co2e_kg = table.Column<decimal>(type: "TEXT", precision: 28, scale: 6, nullable: false),
                    lines = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_inventory_totals", x => x.id);
                    table.ForeignKey(
                        name: "fk_inventory_totals_inventories_inventory_id",
                        column: x => x.inventory_id,
                        principalTable: "inventories",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "activity_lines",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    inventory_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    category = table.Column<string>(type: "TEXT", maxLength: 48, nullable: false),
                    gpc_subsector = table.Column<string>(type: "TEXT", maxLength: 48, nullable: true),
                    description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    amount = table.Column<decimal>(type: "TEXT", precision: 28, scale: 6, nullable: true),
                    unit = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    is_monthly = table.Column<bool>(type: "INTEGER", nullable: false),
                    m01 = table.Column<decimal>(type: "TEXT", precision: 28, scale: 6, nullable: true),
                    m02 = table.Column<decimal>(type: "TEXT", precision: 28, scale: 6, nullable: true),
                    m03 = table.Column<decimal>(type: "TEXT", precision: 28, scale: 6, nullable: true),
                    m04 = table.Column<decimal>(type: "TEXT", precision: 28, scale: 6, nullable: true),
                    m05 = table.Column<decimal>(type: "TEXT", precision: 28, scale: 6, nullable: true),
                    m06 = table.Column<decimal>(type: "TEXT", precision: 28, scale: 6, nullable: true),
                    m07 = table.Column<decimal>(type: "TEXT", precision: 28, scale: 6, nullable: true),
                    m08 = table.Column<decimal>(type: "TEXT", precision: 28, scale: 6, nullable: true),
                    m09 = table.Column<decimal>(type: "TEXT", precision: 28, scale: 6, nullable: true),
                    m10 = table.Column<decimal>(type: "TEXT", precision: 28, scale: 6, nullable: true),
                    m11 = table.Column<decimal>(type: "TEXT", precision: 28, scale: 6, nullable: true),
                    m12 = table.Column<decimal>(type: "TEXT", precision: 28, scale: 6, nullable: true),
                    notation_key = table.Column<string>(type: "TEXT", maxLength: 48, nullable: true),
                    notation_explanation = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    data_source = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    data_quality = table.Column<string>(type: "TEXT", maxLength: 48, nullable: false),
                    custom_factor_gas = table.Column<string>(type: "TEXT", maxLength: 48, nullable: true),
                    custom_factor_kg_per_unit = table.Column<decimal>(type: "TEXT", precision: 28, scale: 12, nullable: true),
                    custom_factor_per_unit = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    custom_factor_justification = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    parameters_json = table.Column<string>(type: "TEXT", nullable: true),
                    solid_waste_site_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    change_explanation = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    previous_line_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_activity_lines", x => x.id);
                    table.ForeignKey(
                        name: "fk_activity_lines_inventories_inventory_id",
                        column: x => x.inventory_id,
                        principalTable: "inventories",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_activity_lines_solid_waste_sites_solid_waste_site_id",
                        column: x => x.solid_waste_site_id,
                        principalTable: "solid_waste_sites",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "waste_deposits",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    site_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    year = table.Column<int>(type: "INTEGER", nullable: false),
                    waste_type = table.Column<string>(type: "TEXT", maxLength: 48, nullable: false),
                    tonnes = table.Column<decimal>(type: "TEXT", precision: 28, scale: 6, nullable: false),
                    is_back_cast = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_waste_deposits", x => x.id);
                    table.ForeignKey(
                        name: "fk_waste_deposits_solid_waste_sites_site_id",
                        column: x => x.site_id,
                        principalTable: "solid_waste_sites",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "reduction_measures",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    target_id = table.Column<int>(type: "INTEGER", nullable: false),
                    sector = table.Column<string>(type: "TEXT", maxLength: 48, nullable: false),
                    description_th = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    description_en = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    expected_tonnes_per_year = table.Column<decimal>(type: "TEXT", precision: 28, scale: 6, nullable: false),
                    start_year = table.Column<int>(type: "INTEGER", nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 48, nullable: false),
                    responsible_organisation = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    progress_percent = table.Column<decimal>(type: "TEXT", precision: 28, scale: 6, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_reduction_measures", x => x.id);
                    table.ForeignKey(
                        name: "fk_reduction_measures_targets_target_id",
                        column: x => x.target_id,
                        principalTable: "targets",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "activity_line_results",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    line_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    part = table.Column<string>(type: "TEXT", maxLength: 48, nullable: false),
                    inventory_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    category = table.Column<string>(type: "TEXT", maxLength: 48, nullable: false),
                    scope = table.Column<string>(type: "TEXT", maxLength: 48, nullable: false),
                    gpc_reference = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    converted_amount = table.Column<decimal>(type: "TEXT", precision: 28, scale: 6, nullable: true),
                    converted_unit = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    co2e_kg = table.Column<decimal>(type: "TEXT", precision: 28, scale: 6, nullable: true),
                    memo_co2e_kg = table.Column<decimal>(type: "TEXT", precision: 28, scale: 6, nullable: false),
                    formula = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    factor_edition_code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    gwp_set_code = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    uses_custom_factor = table.Column<bool>(type: "INTEGER", nullable: false),
                    notation_key = table.Column<string>(type: "TEXT", maxLength: 48, nullable: true),
                    convention = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    calculated_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    in_basic = table.Column<bool>(type: "INTEGER", nullable: false),
                    in_basic_plus = table.Column<bool>(type: "INTEGER", nullable: false),
                    in_territorial = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_activity_line_results", x => x.id);
                    table.ForeignKey(
                        name: "fk_activity_line_results_activity_lines_line_id",
                        column: x => x.line_id,
                        principalTable: "activity_lines",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_activity_line_results_inventories_inventory_id",
                        column: x => x.inventory_id,
                        principalTable: "inventories",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "evidence_files",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    inventory_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    line_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    file_name = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    content_type = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    size = table.Column<long>(type: "INTEGER", nullable: false),
                    sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    content = table.Column<byte[]>(type: "BLOB", nullable: false),
                    uploaded_by = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    uploaded_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_evidence_files", x => x.id);
                    table.ForeignKey(
                        name: "fk_evidence_files_activity_lines_line_id",
                        column: x => x.line_id,
                        principalTable: "activity_lines",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_evidence_files_asp_net_users_uploaded_by",
                        column: x => x.uploaded_by,
                        principalTable: "AspNetUsers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_evidence_files_inventories_inventory_id",
                        column: x => x.inventory_id,
                        principalTable: "inventories",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "activity_line_gas_results",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    result_id = table.Column<long>(type: "INTEGER", nullable: false),
                    gas = table.Column<string>(type: "TEXT", maxLength: 48, nullable: false),
                    mass_kg = table.Column<decimal>(type: "TEXT", precision: 28, scale: 6, nullable: false),
                    gwp = table.Column<decimal>(type: "TEXT", precision: 28, scale: 6, nullable: false),
                    co2e_kg = table.Column<decimal>(type: "TEXT", precision: 28, scale: 6, nullable: false),
                    is_memo = table.Column<bool>(type: "INTEGER", nullable: false),
                    factor_kg_per_unit = table.Column<decimal>(type: "TEXT", precision: 28, scale: 12, nullable: true),
                    factor_per_unit = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    factor_source = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_activity_line_gas_results", x => x.id);
                    table.ForeignKey(
                        name: "fk_activity_line_gas_results_activity_line_results_result_id",
                        column: x => x.result_id,
                        principalTable: "activity_line_results",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_activity_line_gas_results_result_id",
                table: "activity_line_gas_results",
                column: "result_id");

            migrationBuilder.CreateIndex(
                name: "ix_activity_line_results_inventory_id_scope",
                table: "activity_line_results",
                columns: new[] { "inventory_id", "scope" });

            migrationBuilder.CreateIndex(
                name: "ix_activity_line_results_line_id_part",
                table: "activity_line_results",
                columns: new[] { "line_id", "part" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_activity_lines_inventory_id",
                table: "activity_lines",
                column: "inventory_id");

            migrationBuilder.CreateIndex(
                name: "ix_activity_lines_solid_waste_site_id",
                table: "activity_lines",
                column: "solid_waste_site_id");

            migrationBuilder.CreateIndex(
                name: "ix_api_tokens_prefix",
                table: "api_tokens",
                column: "prefix",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_api_tokens_user_id",
                table: "api_tokens",
                column: "user_id");

            migrationBuilder.CreateIndex(
                name: "ix_asp_net_role_claims_role_id",
                table: "AspNetRoleClaims",
                column: "role_id");

            migrationBuilder.CreateIndex(
                name: "RoleNameIndex",
                table: "AspNetRoles",
                column: "normalized_name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_asp_net_user_claims_user_id",
                table: "AspNetUserClaims",
                column: "user_id");

            migrationBuilder.CreateIndex(
                name: "ix_asp_net_user_logins_user_id",
                table: "AspNetUserLogins",
                column: "user_id");

            migrationBuilder.CreateIndex(
                name: "ix_asp_net_user_roles_role_id",
                table: "AspNetUserRoles",
                column: "role_id");

            migrationBuilder.CreateIndex(
                name: "EmailIndex",
                table: "AspNetUsers",
                column: "normalized_email");

            migrationBuilder.CreateIndex(
                name: "UserNameIndex",
                table: "AspNetUsers",
                column: "normalized_user_name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_audit_entries_entity_type_entity_id",
                table: "audit_entries",
                columns: new[] { "entity_type", "entity_id" });

            migrationBuilder.CreateIndex(
                name: "ix_audit_entries_inventory_id_id",
                table: "audit_entries",
                columns: new[] { "inventory_id", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_emission_factor_editions_code",
                table: "emission_factor_editions",
                column: "code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_emission_factors_edition_id_category_gas_per_unit",
                table: "emission_factors",
                columns: new[] { "edition_id", "category", "gas", "per_unit" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_evidence_files_inventory_id_uploaded_at",
                table: "evidence_files",
                columns: new[] { "inventory_id", "uploaded_at" });

            migrationBuilder.CreateIndex(
                name: "ix_evidence_files_line_id",
                table: "evidence_files",
                column: "line_id");

            migrationBuilder.CreateIndex(
                name: "ix_evidence_files_uploaded_by",
                table: "evidence_files",
                column: "uploaded_by");

            migrationBuilder.CreateIndex(
                name: "ix_gwp_values_gwp_set_code_gas",
                table: "gwp_values",
                columns: new[] { "gwp_set_code", "gas" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_inventories_factor_edition_id",
                table: "inventories",
                column: "factor_edition_id");

            migrationBuilder.CreateIndex(
                name: "ix_inventories_gwp_set_code",
                table: "inventories",
                column: "gwp_set_code");

            migrationBuilder.CreateIndex(
                name: "ix_inventories_kind_year",
                table: "inventories",
                columns: new[] { "kind", "year" });

            migrationBuilder.CreateIndex(
                name: "ix_inventories_organisation_id_year_kind",
                table: "inventories",
                columns: new[] { "organisation_id", "year", "kind" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_inventories_year_status",
                table: "inventories",
                columns: new[] { "year", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_inventory_comments_inventory_id_at",
                table: "inventory_comments",
                columns: new[] { "inventory_id", "at" });

            migrationBuilder.CreateIndex(
                name: "ix_inventory_comments_line_id",
                table: "inventory_comments",
                column: "line_id");

            migrationBuilder.CreateIndex(
                name: "ix_inventory_comments_parent_id",
                table: "inventory_comments",
                column: "parent_id");

            migrationBuilder.CreateIndex(
                name: "ix_inventory_comments_user_id",
                table: "inventory_comments",
                column: "user_id");

            migrationBuilder.CreateIndex(
                name: "ix_inventory_status_changes_inventory_id_at",
                table: "inventory_status_changes",
                columns: new[] { "inventory_id", "at" });

            migrationBuilder.CreateIndex(
                name: "ix_inventory_status_changes_user_id",
                table: "inventory_status_changes",
                column: "user_id");

            migrationBuilder.CreateIndex(
                name: "ix_inventory_totals_inventory_id",
                table: "inventory_totals",
                column: "inventory_id");

            migrationBuilder.CreateIndex(
                name: "ix_inventory_totals_kind_year_organisation_id",
                table: "inventory_totals",
                columns: new[] { "kind", "year", "organisation_id" });

            migrationBuilder.CreateIndex(
                name: "ix_inventory_totals_kind_year_status",
                table: "inventory_totals",
                columns: new[] { "kind", "year", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_invitations_token_hash",
                table: "invitations",
                column: "token_hash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_organisation_memberships_organisation_id",
                table: "organisation_memberships",
                column: "organisation_id");

            migrationBuilder.CreateIndex(
                name: "ix_organisation_memberships_user_id_organisation_id",
                table: "organisation_memberships",
                columns: new[] { "user_id", "organisation_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_organisation_year_contexts_organisation_id_year",
                table: "organisation_year_contexts",
                columns: new[] { "organisation_id", "year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_organisation_year_contexts_year",
                table: "organisation_year_contexts",
                column: "year");

            migrationBuilder.CreateIndex(
                name: "ix_organisations_code",
                table: "organisations",
                column: "code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_organisations_province_id_type",
                table: "organisations",
                columns: new[] { "province_id", "type" });

            migrationBuilder.CreateIndex(
                name: "ix_provinces_code",
                table: "provinces",
                column: "code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_reduction_measures_target_id",
                table: "reduction_measures",
                column: "target_id");

            migrationBuilder.CreateIndex(
                name: "ix_solid_waste_sites_organisation_id",
                table: "solid_waste_sites",
                column: "organisation_id");

            migrationBuilder.CreateIndex(
                name: "ix_targets_organisation_id",
                table: "targets",
                column: "organisation_id");

            migrationBuilder.CreateIndex(
                name: "ix_targets_province_id_scope_kind_inventory_kind",
                table: "targets",
                columns: new[] { "province_id", "scope_kind", "inventory_kind" });

            migrationBuilder.CreateIndex(
                name: "ix_waste_deposits_site_id_year_waste_type",
                table: "waste_deposits",
                columns: new[] { "site_id", "year", "waste_type" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "activity_line_gas_results");

            migrationBuilder.DropTable(
                name: "api_tokens");

            migrationBuilder.DropTable(
                name: "AspNetRoleClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserLogins");

            migrationBuilder.DropTable(
                name: "AspNetUserRoles");

            migrationBuilder.DropTable(
                name: "AspNetUserTokens");

            migrationBuilder.DropTable(
                name: "audit_entries");

            migrationBuilder.DropTable(
                name: "data_protection_keys");

            migrationBuilder.DropTable(
                name: "emission_factors");

            migrationBuilder.DropTable(
                name: "evidence_files");

            migrationBuilder.DropTable(
                name: "gwp_values");

            migrationBuilder.DropTable(
                name: "inventory_comments");

            migrationBuilder.DropTable(
                name: "inventory_status_changes");

            migrationBuilder.DropTable(
                name: "inventory_totals");

            migrationBuilder.DropTable(
                name: "invitations");

            migrationBuilder.DropTable(
                name: "organisation_memberships");

            migrationBuilder.DropTable(
                name: "organisation_year_contexts");

            migrationBuilder.DropTable(
                name: "reduction_measures");

            migrationBuilder.DropTable(
                name: "seed_versions");

            migrationBuilder.DropTable(
                name: "waste_deposits");

            migrationBuilder.DropTable(
                name: "activity_line_results");

            migrationBuilder.DropTable(
                name: "AspNetRoles");

            migrationBuilder.DropTable(
                name: "AspNetUsers");

            migrationBuilder.DropTable(
                name: "targets");

            migrationBuilder.DropTable(
                name: "activity_lines");

            migrationBuilder.DropTable(
                name: "inventories");

            migrationBuilder.DropTable(
                name: "solid_waste_sites");

            migrationBuilder.DropTable(
                name: "emission_factor_editions");

            migrationBuilder.DropTable(
                name: "gwp_sets");

            migrationBuilder.DropTable(
                name: "organisations");

            migrationBuilder.DropTable(
                name: "provinces");
        }
    }
}
