namespace LowCarbonCity.Domain.Organisations;

/// <summary>The kinds of organisation on the platform: local administrative organisations (LAOs), provincial offices and TGO.</summary>
public enum OrganisationType
{
    /// <summary>เทศบาลนคร.</summary>
    CityMunicipality,
    /// <summary>เทศบาลเมือง.</summary>
    TownMunicipality,
    /// <summary>เทศบาลตำบล.</summary>
    SubdistrictMunicipality,
    /// <summary>องค์การบริหารส่วนตำบล (อบต.).</summary>
    SubdistrictAdministrativeOrganisation,
    /// <summary>องค์การบริหารส่วนจังหวัด (อบจ.).</summary>
    ProvincialAdministrativeOrganisation,
    /// <summary>Bangkok Metropolitan Administration, Pattaya City.</summary>
    SpecialLocalGovernment,
    /// <summary>Provincial office of natural resources and environment: reviews the province's LAOs.</summary>
    ProvincialOffice,
    /// <summary>TGO: verifies and rolls up nationally.</summary>
    NationalAgency,
    /// <summary>A verification body registered with TGO (หน่วยงานทวนสอบ): its verifiers verify assigned inventories.</summary>
    VerificationBody,
}

/// <summary>Rules on organisation types.</summary>
public static class OrganisationTypeRules
{
    /// <summary>Whether organisations of this type keep their own GHG inventories.</summary>
    public static bool KeepsInventories(OrganisationType type) => type switch
    {
        OrganisationType.CityMunicipality or OrganisationType.TownMunicipality
            or OrganisationType.SubdistrictMunicipality or OrganisationType.SubdistrictAdministrativeOrganisation
            or OrganisationType.ProvincialAdministrativeOrganisation or OrganisationType.SpecialLocalGovernment => true,
        OrganisationType.ProvincialOffice or OrganisationType.NationalAgency or OrganisationType.VerificationBody => false,
    };
}

/// <summary>The six geographic regions of Thailand (National Geographical Committee, 1977).</summary>
public enum Region
{
    North,
    Northeast,
    Central,
    East,
    West,
    South,
}
