namespace LowCarbonCity.Domain.Calculation;

/// <summary>
/// Inputs a calculation method needs beyond the line's quantity (a landfill's deposit history, a wastewater
/// pathway, a refrigerant charge and leak rate...). Each method family defines its own derived records; they are
/// stored on the line as JSON and parsed by method.
/// </summary>
public abstract record MethodParameters;
