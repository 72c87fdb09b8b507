package io.github.ocpi4j.model.v230.locations;

import io.github.ocpi4j.model.OpenEnum;
import java.util.List;

/**
 * The plug or socket standard of a connector.
 *
 * <p>An open enumeration: values other than the constants are kept as they are (see {@link OpenEnum}).
 * Specification: {@code [[mod_locations_connectortype_enum]]}.
 */
public final class ConnectorType extends OpenEnum {
    private static final Values<ConnectorType> VALUES = new Values<>(ConnectorType::new);

    /** CHAdeMO, DC. */
    public static final ConnectorType CHADEMO = VALUES.known("CHADEMO");

    /** ChaoJi, the next-generation DC connector that unifies CHAdeMO and GB/T. */
    public static final ConnectorType CHAOJI = VALUES.known("CHAOJI");

    /** Household plug type A (NEMA 1-15), 2 pins. */
    public static final ConnectorType DOMESTIC_A = VALUES.known("DOMESTIC_A");

    /** Household plug type B (NEMA 5-15), 3 pins. */
    public static final ConnectorType DOMESTIC_B = VALUES.known("DOMESTIC_B");

    /** Household plug type C (CEE 7/17), 2 pins. */
    public static final ConnectorType DOMESTIC_C = VALUES.known("DOMESTIC_C");

    /** Household plug type D, 3 pins. */
    public static final ConnectorType DOMESTIC_D = VALUES.known("DOMESTIC_D");

    /** Household plug type E (CEE 7/5), 3 pins. */
    public static final ConnectorType DOMESTIC_E = VALUES.known("DOMESTIC_E");

    /** Household plug type F (CEE 7/4, Schuko), 3 pins. */
    public static final ConnectorType DOMESTIC_F = VALUES.known("DOMESTIC_F");

    /** Household plug type G (BS 1363, Commonwealth), 3 pins. */
    public static final ConnectorType DOMESTIC_G = VALUES.known("DOMESTIC_G");

    /** Household plug type H (SI-32), 3 pins. */
    public static final ConnectorType DOMESTIC_H = VALUES.known("DOMESTIC_H");

    /** Household plug type I (AS 3112), 3 pins. */
    public static final ConnectorType DOMESTIC_I = VALUES.known("DOMESTIC_I");

    /** Household plug type J (SEV 1011), 3 pins. */
    public static final ConnectorType DOMESTIC_J = VALUES.known("DOMESTIC_J");

    /** Household plug type K (DS 60884-2-D1), 3 pins. */
    public static final ConnectorType DOMESTIC_K = VALUES.known("DOMESTIC_K");

    /** Household plug type L (CEI 23-16-VII), 3 pins. */
    public static final ConnectorType DOMESTIC_L = VALUES.known("DOMESTIC_L");

    /** Household plug type M (BS 546), 3 pins. */
    public static final ConnectorType DOMESTIC_M = VALUES.known("DOMESTIC_M");

    /** Household plug type N (NBR 14136), 3 pins. */
    public static final ConnectorType DOMESTIC_N = VALUES.known("DOMESTIC_N");

    /** Household plug type O (TIS 166-2549), 3 pins. */
    public static final ConnectorType DOMESTIC_O = VALUES.known("DOMESTIC_O");

    /** Chinese GB/T 20234.2, AC socket or connector. */
    public static final ConnectorType GBT_AC = VALUES.known("GBT_AC");

    /** Chinese GB/T 20234.3, DC connector. */
    public static final ConnectorType GBT_DC = VALUES.known("GBT_DC");

    /** Industrial IEC 60309-2, one phase, 16 A; usually blue. */
    public static final ConnectorType IEC_60309_2_single_16 = VALUES.known("IEC_60309_2_single_16");

    /** Industrial IEC 60309-2, three phases, 16 A; usually red. */
    public static final ConnectorType IEC_60309_2_three_16 = VALUES.known("IEC_60309_2_three_16");

    /** Industrial IEC 60309-2, three phases, 32 A; usually red. */
    public static final ConnectorType IEC_60309_2_three_32 = VALUES.known("IEC_60309_2_three_32");

    /** Industrial IEC 60309-2, three phases, 64 A; usually red. */
    public static final ConnectorType IEC_60309_2_three_64 = VALUES.known("IEC_60309_2_three_64");

    /** IEC 62196 Type 1 (SAE J1772). */
    public static final ConnectorType IEC_62196_T1 = VALUES.known("IEC_62196_T1");

    /** Combo connector built on Type 1, DC. */
    public static final ConnectorType IEC_62196_T1_COMBO = VALUES.known("IEC_62196_T1_COMBO");

    /** IEC 62196 Type 2 (Mennekes). */
    public static final ConnectorType IEC_62196_T2 = VALUES.known("IEC_62196_T2");

    /** Combo connector built on Type 2, DC. */
    public static final ConnectorType IEC_62196_T2_COMBO = VALUES.known("IEC_62196_T2_COMBO");

    /** IEC 62196 Type 3A. */
    public static final ConnectorType IEC_62196_T3A = VALUES.known("IEC_62196_T3A");

    /** IEC 62196 Type 3C (Scame). */
    public static final ConnectorType IEC_62196_T3C = VALUES.known("IEC_62196_T3C");

    /** CharIN's Megawatt Charging System, for trucks and other heavy vehicles. New in 2.3.0. */
    public static final ConnectorType MCS = VALUES.known("MCS");

    /** NEMA 5-20, 3 pins. */
    public static final ConnectorType NEMA_5_20 = VALUES.known("NEMA_5_20");

    /** NEMA 6-30, 3 pins. */
    public static final ConnectorType NEMA_6_30 = VALUES.known("NEMA_6_30");

    /** NEMA 6-50, 3 pins. */
    public static final ConnectorType NEMA_6_50 = VALUES.known("NEMA_6_50");

    /** NEMA 10-30, 3 pins. */
    public static final ConnectorType NEMA_10_30 = VALUES.known("NEMA_10_30");

    /** NEMA 10-50, 3 pins. */
    public static final ConnectorType NEMA_10_50 = VALUES.known("NEMA_10_50");

    /** NEMA 14-30, 3 pins, rated 30 A. */
    public static final ConnectorType NEMA_14_30 = VALUES.known("NEMA_14_30");

    /** NEMA 14-50, 3 pins, rated 50 A. */
    public static final ConnectorType NEMA_14_50 = VALUES.known("NEMA_14_50");

    /** Pantograph on the vehicle that rises to the contacts (bottom-up), mostly for buses. */
    public static final ConnectorType PANTOGRAPH_BOTTOM_UP = VALUES.known("PANTOGRAPH_BOTTOM_UP");

    /** Pantograph on the charger that comes down onto the vehicle (top-down), mostly for buses. */
    public static final ConnectorType PANTOGRAPH_TOP_DOWN = VALUES.known("PANTOGRAPH_TOP_DOWN");

    /** SAE J3400, the plug Tesla introduced as the North American Charging Standard (NACS). New in 2.3.0. */
    public static final ConnectorType SAE_J3400 = VALUES.known("SAE_J3400");

    /** Tesla Roadster connector, round with 4 pins. */
    public static final ConnectorType TESLA_R = VALUES.known("TESLA_R");

    /**
     * Tesla Model S connector, oval with 5 pins. It fits {@link #SAE_J3400} sockets, but talks to the car over CAN
     * bus rather than over the power line.
     */
    public static final ConnectorType TESLA_S = VALUES.known("TESLA_S");

    private ConnectorType(String value, boolean known) {
        super(value, known);
    }

    /** Returns the constant for a known value, or an instance that keeps an unknown one. */
    public static ConnectorType of(String value) {
        return VALUES.of(value);
    }

    /** Returns the values this version of the specification defines, in its order. */
    public static List<ConnectorType> knownValues() {
        return VALUES.knownValues();
    }
}
