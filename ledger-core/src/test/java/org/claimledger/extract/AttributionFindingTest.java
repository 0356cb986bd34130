package org.claimledger.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.claimledger.model.Language;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Who each claim of a short text is attributed to ("-" for the article's own voice), claim by claim. */
class AttributionFindingTest {

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', textBlock = """
            it | Le relazioni crescono, ha affermato il segretario del Consiglio di sicurezza russo Sergei Shoigu. "Abbiamo fatto passi avanti", ha detto Shoigu. | Sergei Shoigu;Sergei Shoigu
            it | Secondo l'Istat, 3 milioni di famiglie sono povere.                                                    | Istat
            it | Il Multilateral Sanctions Monitoring Team (MSMT) ha pubblicato un paper. Nel report si legge che 100 missili sono stati inviati. | Multilateral Sanctions Monitoring Team (MSMT)
            it | La Russia ha fornito missili alla Corea del Nord. Questo è quello che ha scoperto l'Istat.            | Istat
            it | Il governo ha stanziato 1,2 miliardi. Lo ha annunciato il ministro dell'Economia Giancarlo Giorgetti. Il ministro ha spiegato che i fondi bastano. | Giancarlo Giorgetti;Giancarlo Giorgetti
            it | Il porto ha gestito 11.000 navi nel 2024.                                                                | -
            it | Secondo l'Oim, i morti sono 1.000. Il dato sarebbe stato confermato da fonti locali.                     | Oim;Oim
            it | L'Organizzazione mondiale della sanità (Oms), secondo cui i casi sono 500, chiede aiuti.                 | Organizzazione mondiale della sanità (Oms)
            en | "We are ready," said Anna Kowalska, the director. She added that 4,500 people work there.               | Anna Kowalska;Anna Kowalska
            en | According to the World Bank, 700 million people live in extreme poverty.                               | World Bank
            en | Tomasz Nowak, an economist at the Warsaw Institute, told reporters that prices rose 5%.                 | Tomasz Nowak
            en | The ministry said 12 people died.                                                                        | ministry
            en | The port handled 11,000 ships in 2024.                                                                   | -
            en | Foreign Minister Sergei Lavrov said 40 diplomats were expelled.                                          | Sergei Lavrov
            en | The report, published by Amnesty International on Monday, says at least 1,200 people were detained.   | Amnesty International
            en | Prices rose by 3.5% in the year to March, the Office for National Statistics said.                     | Office for National Statistics
            en | The Baltic Trade Observatory (BTO) published its figures. The observatory found that 300 ships were late. | Baltic Trade Observatory (BTO)
            it | Il sindaco Marco Ottavi ha detto che la piena è passata. Ha stimato i danni in 200 milioni.     | Marco Ottavi;Marco Ottavi
            it | «Abbiamo speso 40 milioni», commenta Marco Gentile. E calcola che ne servono altri 12.         | Marco Gentile;Marco Gentile
            it | Che i fondi non bastino è stato ribadito ieri dall'Anci Sicilia, che chiede 200 milioni.        | Anci Sicilia
            it | «Il dato preoccupa - osserva il presidente dell'Unc, Primo Valentini - perché cresce del 2%».   | Primo Valentini
            it | Codacons: «Una stangata da 540 euro l'anno»                                                     | Codacons
            it | La Cgil lancia l'allarme: i lavoratori hanno perso il 9% del potere d'acquisto.                 | Cgil
            en | Ortega blamed tiredness after 3 games in a week.                                               | Ortega
            en | Paula Greene, head of lending at Finch & Rowe, said the Treasury's decision to raise the levy to 4 per cent was hurting buyers. | Paula Greene
            en | "We will appeal," said the minister's spokesman, adding that 3 staff had left.                 | minister's spokesman
            en | Halden Securities cut its rating. Analysts at Halden Securities expect profits to rise 6 per cent. | Analysts at Halden Securities
            en | Prices rose 4 per cent; analysts polled by Bloomberg had expected 3 per cent.                   | analysts polled by Bloomberg;analysts polled by Bloomberg
            en | "We have never seen water like this. Even the old people say so," Haque told Reuters.           | Haque;Haque
            en | Joy Patel, 71, a retired pharmacist from Woking, told the court she had given him £85,000.        | Joy Patel
            en | The Chancellor, Helen Marsh, said prices rose 2 per cent.                                         | Helen Marsh
            en | Separate figures from the Bank of England on Monday showed approvals rose to 65,647.            | Bank of England
            en | Miguel Ortega said 3 players were tired. "We played 12 games," the Spaniard said.                | Miguel Ortega;Miguel Ortega
            en | Three policymakers told Reuters that 2 more cuts were likely.                                   | policymakers
            it | Il Codacons ha detto che i prezzi salgono del 2%. L'associazione chiede un taglio dell'Iva del 4%. | Codacons;Codacons
            it | «Il dato è grave - osserva il presidente dell'Unione nazionale inquilini, Carla Neri - perché gli affitti crescono del 7%». | Carla Neri
            it | Il presidente Nello Marini ha detto che 3 milioni bastano. Secondo Marini, ne servono 4.        | Nello Marini;Nello Marini
            en | Grace Bellamy KC said: "This was a fraud. Mr Sutton told clients it grew 12 per cent a year.\\n"None of that was true. There was no wine." | Grace Bellamy;Grace Bellamy;Grace Bellamy;Grace Bellamy
            """)
    void extract_attributesEachClaim(String lang, String text, String expected) {
        List<String> found = new ArrayList<>();
        for (CandidateClaim claim : Extractor.extract(text.replace("\\n", "\n"), Language.fromCode(lang))) {
            found.add(claim.attribution() == null ? "-" : claim.attribution().who());
        }
        assertEquals(List.of(expected.split(";")), found);
    }

    /**
     * The rules of the structure stop, on invented sentences: each row but "Marks and Spencer" (which guards the
     * two-party rule) fails on the extractor before it.
     */
    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | Chief Operating Officer Ann Lee said the network would grow by 12 per cent. The COO added that 300 stores would open. | Ann Lee;Ann Lee
            en | Deputy Chief Executive Peter Walker said 20 shops closed.                                       | Peter Walker
            it | L'Unione italiana vini ha detto che l'export è cresciuto del 5%.                                | Unione italiana vini
            it | La Federazione delle aziende sanitarie ha spiegato che mancano 300 medici.                      | Federazione delle aziende sanitarie
            en | The union rejected the offer of 3 per cent. The minister dismissed claims that 40 schools would shut. | union;minister
            it | Il sindacato ha escluso che 200 posti siano a rischio. Il Comune respinge le critiche sui 3 milioni spesi. | sindacato;Comune
            it | Le opposizioni attribuiscono al governo un buco di 2 miliardi.                                  | opposizioni
            it | Alluvione, 3 morti. Il governatore: «Chiederemo 100 milioni»\\n\\n«Serve aiuto», ha detto il presidente della Regione, Lia Conti. | -;Lia Conti;Lia Conti
            en | Port workers said 200 jobs were at risk.                                                        | Port workers
            it | Lega e Pd hanno chiesto 3 milioni per i pendolari.                                             | Lega;Pd
            en | Ruth Amos and Dev Patel said 4 wards had closed. Patel said 2 more would follow.               | Ruth Amos;Dev Patel;Dev Patel
            en | Marks and Spencer said sales rose 3 per cent.                                                   | Marks and Spencer
            en | The Department of Health and Social Care said 300 beds were added.                              | Department of Health and Social Care
            en | The Betting and Gaming Council said 40 shops had closed.                                        | Betting and Gaming Council
            it | Il Ministero dell'Università e Ricerca ha detto che 9 atenei hanno chiuso.                     | Ministero dell'Università e Ricerca
            en | Builder 'took £2m from 40 families', court hears\\n\\nMark Dale, 44, told customers their homes would be finished, Leeds Crown Court heard. He told them it would take 6 months, the jury was told. | Leeds Crown Court;Leeds Crown Court;Leeds Crown Court
            """)
    void extract_readsTheSourceByStructure(String lang, String text, String expected) {
        extract_attributesEachClaim(lang, text, expected);
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', textBlock = """
            it | «L'economia è debole», ha dichiarato il governatore della Banca d'Italia Fabio Panetta.         | Fabio Panetta
            it | Il procuratore di Napoli Nicola Gratteri ha detto che 14 immobili sono stati sequestrati.    | Nicola Gratteri
            it | Il portavoce dell'Oim Flavio Di Giacomo ha detto che 1.000 persone sono morte.                | Flavio Di Giacomo
            it | Il ministro dell'Ambiente Gilberto Pichetto Fratin ha detto che 9 mila posti arriveranno.    | Gilberto Pichetto Fratin
            en | Chancellor of the Exchequer Rachel Reeves said borrowing fell by £2bn.                        | Rachel Reeves
            en | Professor James Whitfield of the London School of Hygiene & Tropical Medicine said 16% stopped. | James Whitfield
            en | Helen Carter of the University of Leeds said 300 patients took part.                         | Helen Carter
            en | The Kiel Institute for the World Economy said aid reached $75 billion.                       | Kiel Institute for the World Economy
            """)
    void extract_readsTheHoldersName_afterATitleAndItsComplement(String lang, String text, String expected) {
        extract_attributesEachClaim(lang, text, expected);
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', textBlock = """
            it | Un funzionario di Palazzo Koch ha riferito che i tassi scenderanno di 25 punti base.          | funzionario di Palazzo Koch
            it | Nel 2023 i sequestri sono stati 212, spiega una fonte della Guardia di Finanza.                | fonte della Guardia di Finanza
            en | A spokesman for the Kremlin said 40 drones were shot down.                                    | spokesman for the Kremlin
            it | «Le frodi superano i 16 miliardi», ha sottolineato il comandante delle Fiamme Gialle, il generale Giuseppe Arbore. | Giuseppe Arbore
            en | "Prices will rise by 5%," said the club's chief executive, Paul Grayson.                       | Paul Grayson
            en | The Sheffield City Council (SCC) met. A senior council official said 300 jobs would go.      | senior council official
            en | An analyst at Barclays said the shares could fall 10%.                                        | analyst at Barclays
            en | The Prime Minister's spokesman said the government had spent £1.3bn.                         | Prime Minister's spokesman
            it | Il presidente della Regione Lombardia ha annunciato 40 milioni. La presidente del Consiglio ha aggiunto che servono 10 mila medici. | presidente della Regione Lombardia;presidente del Consiglio
            en | According to a report by the council's finance director at Sheffield City Council, the shortfall is £23.4m. | council's finance director
            """)
    void extract_attributesToADescription_unlessANameFollowsIt(String lang, String text, String expected) {
        extract_attributesEachClaim(lang, text, expected);
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', textBlock = """
            it | Stando ai dati diffusi dalla Banca centrale europea, i prestiti sono aumentati dello 0,9%.    | Banca centrale europea
            en | According to figures from the health department, the NHS spends £100 million a year.         | health department
            en | According to a report by the council's finance director, the shortfall is £23.4m.            | council's finance director
            en | According to a study published in The Lancet, 20% fewer patients died. The trial followed 17,604 adults. | Lancet;Lancet
            it | Secondo uno studio pubblicato su Nature, il 30% dei ghiacciai è sparito. Lo studio stima che 200 laghi siano nati. | Nature;Nature
            en | The trial begins next week and 12 witnesses will testify.                                     | -
            it | Secondo le stime di via Nazionale, l'occupazione è cresciuta di 60 mila unità.                | via Nazionale
            """)
    void extract_attributesADocumentToItsAuthor(String lang, String text, String expected) {
        extract_attributesEachClaim(lang, text, expected);
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', textBlock = """
            it | Di segno diverso la lettura del ministro dell'Economia, Giancarlo Giorgetti. «Il deficit scenderà sotto il 3%», ha detto il ministro. Giorgetti ha aggiunto che servono 16 miliardi. | Giancarlo Giorgetti;Giancarlo Giorgetti
            it | Giorgetti: «Conti pubblici sotto controllo»\\n\\nIl ministro dell'Economia Giancarlo Giorgetti ha detto che il deficit è al 3%. | Giancarlo Giorgetti;Giancarlo Giorgetti
            en | Ukraine, Zelensky: "We need 100 more tanks"                                                  | Zelensky
            it | La Banca d'Italia ha abbassato la stima allo 0,6%. Lo ha reso noto l'istituto.               | Banca d'Italia
            en | Martin Ellery, 52, called the vote "reckless" and said costs could rise by 30 per cent.       | Martin Ellery
            en | Police arrested 14 people in Leeds on Saturday and said more arrests were likely.            | Police
            it | I carabinieri hanno arrestato 14 persone e hanno spiegato che altre indagini sono in corso.  | carabinieri
            en | Police arrested 14 people. The study costs £2m a year, the university said.                  | -;university
            it | Il suo avvocato, Marco Esposito, fa sapere che il suo assistito ha restituito 3 milioni.      | Marco Esposito
            it | La Confindustria, in una nota, fa sapere che la ripresa slitta al 2026.                       | Confindustria
            it | "Non regge", ha detto Carlino. La Confindustria, in una nota, fa sapere che servono 2 miliardi. | Carlino;Confindustria
            it | Il tribunale di Napoli Nord ha condannato a cinque anni di reclusione un imprenditore.        | -
            en | Sheffield Wednesday's owner will contribute £180m, officials said.                            | officials
            """)
    void extract_resolvesWhoAcrossTheArticle(String lang, String text, String expected) {
        extract_attributesEachClaim(lang, text, expected);
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', textBlock = """
            it | «È un risultato importante», ha commentato Luigi De Siervo. «Abbiamo difeso 900 milioni».     | Luigi De Siervo;Luigi De Siervo
            en | Prosecutor Ruth Adeyemi said 143 cheques were forged. "This was a betrayal," she said. "He took £2.3 million." | Ruth Adeyemi;Ruth Adeyemi;Ruth Adeyemi
            en | "We are ready," said Anna Kowalska. "We hired 4,500 people." "And 300 more will come."      | Anna Kowalska;Anna Kowalska;Anna Kowalska
            en | The port grew by 12%. "We hired 4,500 people."                                                | -;-
            en | "We are ready," said Anna Kowalska.\\n"We hired 4,500 people."                                 | Anna Kowalska;-
            it | Il segretario Paolo Neri ha detto: «I turni sono 14».\\n«Mancano 300 infermieri. E nessuno interviene».\\nI letti sono 40. | Paolo Neri;Paolo Neri;Paolo Neri;-
            en | "We are ready," said Anna Kowalska.\\n"We hired 4,500 people. We need 300 more."\\nThe port grew by 12%. | Anna Kowalska;Anna Kowalska;Anna Kowalska;-
            """)
    void extract_carriesTheSpeaker_toAQuotationThatFollows(String lang, String text, String expected) {
        extract_attributesEachClaim(lang, text, expected);
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', textBlock = """
            it | «È un risultato importante», ha commentato l'amministratore delegato della Lega Luigi De Siervo. | Luigi De Siervo
            it | Secondo fonti vicine al club azzurro, il patron avrebbe rifiutato 900 milioni.                 | fonti vicine al club azzurro
            en | Sources close to the minister said 40 jobs would go.                                           | Sources close to the minister
            it | Secondo fonti vicine a Palazzo Chigi, il governo stanzierà 2 miliardi.                        | fonti vicine a Palazzo Chigi
            it | «Siamo pronti», ha detto ai giornalisti il sindaco di Roma Roberto Gualtieri.                  | Roberto Gualtieri
            it | Dazn, che in Italia conta circa 1,4 milioni di abbonati, ha riferito all'ANSA che i prezzi saliranno. | Dazn
            it | «I conti sono in ordine», ha detto al Corriere della Sera il ministro Giancarlo Giorgetti. | Giancarlo Giorgetti
            en | Mark Ellison, 58, bought two homes in Spain, Leeds Crown Court heard.                          | Leeds Crown Court
            en | The jury was told that 143 cheques had been forged.                                           | jury
            en | Residents heard two explosions shortly after midnight.                                         | -
            """)
    void extract_readsCourtReportsAndSourcesCloseToSomeone(String lang, String text, String expected) {
        extract_attributesEachClaim(lang, text, expected);
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', textBlock = """
            it | Il comune spenderà 3 milioni. Lo ha annunciato il presidente della Provincia Carlo Bianchi. Il presidente ha aggiunto che i lavori costeranno 2 milioni. | Carlo Bianchi;Carlo Bianchi
            it | «Le indagini sono aperte», ha detto il procuratore Luca Neri. Secondo il procuratore, gli indagati sono 12. | Luca Neri;Luca Neri
            it | Secondo l'assessore al Bilancio Sara Moretti, il deficit è di 40 milioni. L'assessore ha detto che servono 5 milioni. | Sara Moretti;Sara Moretti
            en | Chief financial officer Maria Lenz said costs rose 4%. The CFO added that 300 jobs would go.       | Maria Lenz;Maria Lenz
            """)
    void extract_resolvesItalianTitlesInE_andTitlesWrittenAsInitials(String lang, String text, String expected) {
        extract_attributesEachClaim(lang, text, expected);
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', textBlock = """
            it | Il senatore del Movimento 5 Stelle Luca Ferri ha detto che mancano 300 medici.                   | Luca Ferri
            it | «Mancano 40 agenti», ha dichiarato il segretario del Pd in consiglio comunale, Marco Gallo.       | Marco Gallo
            it | «Mancano 40 agenti», ha spiegato in udienza l'avvocato Paolo Riva.                                 | Paolo Riva
            it | Secondo i carabinieri del Comando provinciale, i furti sono 80.                                   | carabinieri del Comando provinciale
            """)
    void extract_readsTheName_pastNumbersInNamesAndAdjuncts(String lang, String text, String expected) {
        extract_attributesEachClaim(lang, text, expected);
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', textBlock = """
            it | Si apprende da fonti della questura che gli arrestati sono 4.                                    | fonti della questura
            it | Il sindaco, come riferito dall'ANSA, ha firmato 12 ordinanze.                                    | ANSA
            it | I posti letto sono 250: a dirlo è la relazione dell'Istat.                                        | Istat
            it | «Serve più personale». A dirlo è il segretario del sindacato, Mario Landi.                          | Mario Landi
            it | Sono stati sequestrati 40 chili di droga. È stato reso noto dalla questura di Napoli, che ha arrestato 9 persone. | questura di Napoli;questura di Napoli
            """)
    void extract_readsItalianCuesThatNameTheSourceLast(String lang, String text, String expected) {
        extract_attributesEachClaim(lang, text, expected);
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | FRANKFURT, Oct 17 (Reuters) - The European Central Bank cut rates by 25 basis points, citing a faster-than-expected fall in inflation. | European Central Bank
            en | Anneliese Vogt spoke in Frankfurt. Vogt declined to commit to a December move, saying the bank would cut 2 more times. | Anneliese Vogt
            it | La Cgil ha proclamato 8 ore di sciopero, denunciando tagli per 300 milioni.                        | Cgil
            en | Prices rose by 3% in May, adding to the pressure on households.                                   | -
            en | Inflation fell to 2.1%, a faster-than-expected fall that surprised markets.                       | -
            en | The ECB lowered its deposit rate to 3.25%, as expected by all 72 economists in a Reuters poll.     | economists
            it | " Negli ultimi anni abbiamo fatto 3 passi avanti ", ha detto Shoigu dopo un incontro. «Serve altro», ha scritto il portale Nk News. | Shoigu;Nk News
            """)
    void extract_readsAGerundCueAsTheSubjects_andNoCueInsideAHyphenatedWord(String lang, String text, String expected) {
        extract_attributesEachClaim(lang, text, expected);
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', textBlock = """
            it | Secondo l'Ares 118, l'azienda regionale dell'emergenza, erano 37 le ambulanze bloccate.          | Ares 118
            it | Secondo le statistiche ufficiali della Lega Serie A, il Torino ha tirato 17 volte.               | Lega Serie A
            it | Secondo l'Istat 3 milioni di famiglie sono povere.                                               | Istat
            it | Il blocco è stato confermato dal direttore generale dell'Asl Roma 2, Giorgio Casati, per 4 ore.  | Giorgio Casati
            it | «Abbiamo giocato alla pari - sottolinea l'allenatore del Genoa, Aldo Sereni - poi 2 errori».     | Aldo Sereni
            it | La deputata Elena Marchi ha parlato. Per Marchi il governo «ha tagliato 1,2 miliardi».            | Elena Marchi
            it | Per il garante non basta: «Servono 300 agenti».                                                   | garante
            it | Per le società più piccole la quota sale al 70 per cento.                                         | -
            it | Trenord, non coinvolta nello sciopero, ha comunicato di aver aggiunto 12 corse.                   | Trenord
            en | A Labour spokesperson said the party's share had fallen by 2 points.                              | Labour spokesperson
            en | Some Bangladeshi officials blamed the flooding on a dam 40 miles upstream.                        | Bangladeshi officials
            en | Marlow's said it would raise pay by 5.5 per cent.                                                 | Marlow's
            en | Analysis by the King's Fund think tank suggests it will take 3 years.                             | King's Fund
            en | The United States said it would provide $400,000 in emergency aid.                                | United States
            it | Secondo l'Istituto superiore di sanità, i nuovi casi sono 1.240 in una settimana.               | Istituto superiore di sanità
            it | L'Agenzia delle entrate ha stimato che l'evasione vale 82 miliardi.                                | Agenzia delle entrate
            it | Stando all'Autorità nazionale anticorruzione, gli appalti irregolari sono 312.                    | Autorità nazionale anticorruzione
            en | The regulator reviewed 40 banks and warned that 12 were at risk.                                   | regulator
            en | Hollow Creek Council approved 250 new homes and said 40 would be affordable.                     | Hollow Creek Council
            it | Pastifici Riuniti, utile a 310 milioni nel semestre.\\n\\nI ricavi sono saliti del 4%.              | Pastifici Riuniti;-
            """)
    void extract_readsWholeNames_andDescriptionsHeadedByATitle(String lang, String text, String expected) {
        extract_attributesEachClaim(lang, text, expected);
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | Another analyst said the shares could fall 10%.                                                  | analyst
            en | Crime fell by 7%, the ministry said, citing figures from the Office for National Statistics.       | Office for National Statistics
            en | A spokesperson for the Financial Conduct Authority said it had opened 2 inquiries.               | spokesperson for the Financial Conduct Authority
            en | Two executives will leave, a person familiar with the matter said.                                | person familiar with the matter
            """)
    void extract_readsUnnamedEnglishSources(String lang, String text, String expected) {
        extract_attributesEachClaim(lang, text, expected);
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', textBlock = """
            it | Stando a quanto dichiarato dall'assessora regionale al Welfare Anna Bosi, le famiglie aiutate sono 3.000. | Anna Bosi
            it | Secondo quanto si apprende, gli arrestati sono 5.                                                 | -
            it | A quanto riferito dalla prefettura, i migranti sbarcati sono 90.                                   | prefettura
            it | L'avvocato Marco Lupi ha detto che i danni superano 2 milioni. Il legale ha annunciato che chiederà 500 mila euro. | Marco Lupi;Marco Lupi
            it | Il presidente della Regione Marco Rossi ha detto che servono 40 milioni. Il governatore ha aggiunto che 12 ospedali chiuderanno. | Marco Rossi;Marco Rossi
            it | I lavori costano 4 milioni, ha annunciato ricorso in appello.                                      | -
            it | I rimpatri sono stati 4.000, hanno riferito fonti del Viminale.                                     | fonti del Viminale
            it | Così il procuratore capo di Bari Anna Lodi: «Sono 25 gli indagati».                                  | Anna Lodi
            it | Il gip Marta Serra ha scritto che le piazze di spaccio erano 14. Per il giudice, gli affari valevano 5 milioni. | Marta Serra;Marta Serra
            it | Per le società più piccole la quota sale oltre il 70 per cento.                                     | -
            it | Per i pazienti, l'attesa è di 90 giorni.                                                            | -
            it | Sottolinea in un comunicato la Coldiretti che i raccolti sono calati del 15%.                       | Coldiretti
            it | Dalla Regione si fa sapere che i fondi sono 60 milioni.                                              | Regione
            it | Sulla stessa linea il sindaco di Bari, Vito Leccese, che parla di 2 miliardi di investimenti.         | Vito Leccese
            it | Parola di Carla Ruta, segretaria della Cisl: «Servono 10 miliardi». Secondo la segretaria, mancano 300 medici. | Carla Ruta;Carla Ruta
            """)
    void extract_readsReportedAgents_andOtherWordsForATitle(String lang, String text, String expected) {
        extract_attributesEachClaim(lang, text, expected);
    }

    /**
     * The noun phrase a source is: the name an apposition describes, not a place or body inside the apposition; the
     * person a description names in apposition; a title's complement (an office, a place after any preposition) kept
     * apart from the holder's name.
     */
    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', textBlock = """
            it | Più critico Marco Bellini, presidente dell'associazione alla Regione, che parla di «un piano da 3 milioni senza coperture». | Marco Bellini
            en | Far harsher was Sarah Lane, head of research at the Bank of Leeds, who said 40 jobs would go.       | Sarah Lane
            it | Il sindaco ha parlato con Luca Neri, che ha detto che 5 case sono crollate.                          | Luca Neri
            it | Secondo la perizia dell'ingegnere incaricato, Paolo Serra, il ponte reggeva 40 tonnellate.          | Paolo Serra
            it | Secondo l'Istat, 3 milioni di famiglie sono povere.                                                  | Istat
            it | «Servono 12 milioni», ha spiegato l'assessore ai Trasporti della Lombardia Carla Dossi.             | Carla Dossi
            it | «Servono 12 milioni», ha detto il commissario del porto di Genova in Liguria Anna Ferri.            | Anna Ferri
            it | «Abbiamo perso 12 navi», ha detto il ministro dell'Ambiente Gilberto Pichetto Fratin.               | Gilberto Pichetto Fratin
            """)
    void extract_readsTheNounPhraseThatNamesTheSource(String lang, String text, String expected) {
        extract_attributesEachClaim(lang, text, expected);
    }

    /**
     * Who a mention refers back to: "the Spaniard" to the person named last, even one no cue had read as a person yet;
     * a lone number ("One said") to the group named last; "il garante" to the person an apposition named with that
     * title. A word after an article is a noun even where a cue is spelled the same ("la stima"); a body's branch is
     * named after a place ("Anci Toscana"), which is no surname; a group asked by a pollster heads its phrase.
     */
    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | "We won 3 games," said Lars Berg, the home coach. Moreno blamed the schedule. "We played 12 games," the Spaniard said. | Lars Berg;Moreno;Moreno
            en | Four officials told Reuters that 3 sites would shut. One said the decision was final.          | officials;officials
            it | Tre funzionari hanno detto che 3 siti chiuderanno. Uno ha spiegato che la decisione è definitiva. | funzionari;funzionari
            it | La carenza è stata segnalata dal garante regionale per i diritti del malato, Vito Fiore, che parla di 40 casi. Per il garante non basta: «Servono 12 medici». | Vito Fiore;Vito Fiore
            it | Secondo la stima della Banca mondiale, il Pil crescerà del 3%.                                   | Banca mondiale
            it | Coldiretti Toscana ha detto che i danni sono 30 milioni. Secondo Anci Toscana, i comuni colpiti sono 12. | Coldiretti Toscana;Anci Toscana
            en | Unite Wales said 300 jobs were at risk. Labour Wales said 12 sites would close.                 | Unite Wales;Labour Wales
            en | Output grew more than the 1.5 per cent analysts surveyed by Bloomberg had forecast.             | analysts surveyed by Bloomberg
            """)
    void extract_resolvesWhomAMentionRefersTo_andReadsPlacesAndGroups(String lang, String text, String expected) {
        extract_attributesEachClaim(lang, text, expected);
    }

    /**
     * Where a source's noun phrase ends, by its structure (each row fails on the extractor before this rule): a name
     * that qualifies a lower-case head noun is a modifier, the head stays (a group, a body's word, a plural title, an
     * agent noun); a group and the place it is in are one phrase; a nationality before a full name describes the
     * person; a conjunction opening the sentence is no part of the name; an Italian body's name runs over the
     * adjectives after its capitalized noun; a place in a title's complement is not the holder named in apposition.
     */
    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | Midwives in Cardiff said 40 posts were empty.                                                     | Midwives in Cardiff
            en | Renters' union says rents rose 9 per cent.                                                        | Renters' union
            en | Parent groups warned that 30 schools would close.                                                 | Parent groups
            en | A Leeds-based lender said 200 homes were repossessed.                                             | Leeds-based lender
            en | Democratic senators said 12 bills had stalled.                                                    | Democratic senators
            en | Welshman Owen Pryce said 12 boats had sunk.                                                       | Owen Pryce
            it | La Protezione civile regionale ha spiegato che 200 persone sono state evacuate.                    | Protezione civile regionale
            it | Ma Legambiente avverte che 40 fiumi sono in secca.                                                 | Legambiente
            it | Il segretario provinciale del sindacato in Puglia, Marco Fini, ha detto che 300 posti sono a rischio. | Marco Fini
            en | The head of policy at Leeds, Tom Hale, said fares would rise 5 per cent.                          | Tom Hale
            """)
    void extract_endsTheSourcePhraseAtItsHead(String lang, String text, String expected) {
        extract_attributesEachClaim(lang, text, expected);
    }

    /**
     * "he" and "she" go to the speaker before unless the text showed that speaker to be of the other gender (a title
     * of address, a pronoun already resolved to them); then to the person mentioned last who is not, quoted or not.
     * The fifth row guards the speaker who goes on; in the last, an Italian aside with no subject (", ha aggiunto,")
     * carries the speaker on, as a present-tense one did.
     */
    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | Mrs Ellen Shaw said rents rose 4 per cent. Omar Reid runs a shop nearby. "We lost 30 customers," he said. | Ellen Shaw;Omar Reid
            en | Ellen Shaw, the director, said rents rose 4 per cent. She added that 12 shops shut. Omar Reid runs a shop nearby. "We lost 30 customers," he said. | Ellen Shaw;Ellen Shaw;Omar Reid
            en | Ms Ellen Shaw said rents rose 4 per cent. For families such as Omar Reid's, the rise is hard. "We pay 300 pounds more," he said. | Ellen Shaw;Omar Reid
            en | Mr Tom Bale said 40 jobs would go. Jane Moss, who chairs the board, disagreed. "We will hire 20 more," she said. | Tom Bale;Jane Moss;Jane Moss
            en | Mr Tom Bale said 40 jobs would go. Jane Moss chairs the board. "We will hire 20 more," he said.  | Tom Bale;Tom Bale
            it | Il direttore Paolo Serra ha detto che i posti sono 40. Gli altri 30, ha aggiunto, andranno in ferie. | Paolo Serra;Paolo Serra
            """)
    void extract_carriesAPronounToAPersonOfItsGender(String lang, String text, String expected) {
        extract_attributesEachClaim(lang, text, expected);
    }

    /**
     * Cues, headlines and sources by their form (each row but the last, a guard, fails on the extractor before this):
     * the progressive of a cue; an alert issued; a bare passive ("feared dead") has no speaker; a headline's "Topic:
     * Source, claim"; a zero subject after a prepositional phrase ("In una nota ha fatto sapere"); the body a document
     * is of; a group speaking through the body it joined; "la milanese" and "Per lo studioso," / "Per l'associazione,"
     * for the party named before; "the charity", "Il sindacato:" for the body the article describes by that noun; a
     * singular bare noun after an English cue is its object ("denies fraud"); "The jury heard" for the court named;
     * "lei" after its cue for the woman mentioned last though no cue named her; a vote on a motion reports nothing; in
     * a headline or bullet a name and an -s form read elsewhere as a plural noun ("pledges") before a figure are a
     * subject and its verb; "official figures" are the statistics office's, or no one's; "the consensus forecast among
     * economists" is the group's.
     */
    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | The union is calling on ministers to fund 300 posts.                                          | union
            it | Il prefetto ha emesso un'allerta per 40 comuni.                                               | prefetto
            it | Il debito era di 3 milioni, ha ricostruito il pm, e fu nascosto.                              | pm
            en | Hundreds feared dead as dam bursts in 3 villages                                              | -
            it | Affitti: Sunia, canoni su del 6%                                                              | Sunia
            it | Il Comune ha detto che servono 3 milioni. In una nota ha fatto sapere che i cantieri sono 12. | Comune;Comune
            it | Secondo le proiezioni dell'istituto di previdenza, i pensionati saranno 300 mila.              | istituto di previdenza
            it | I commercianti, riuniti in Confesercenti, chiedono 20 milioni di ristori.                     | Confesercenti
            it | La giovane Anna Riva vive a Milano. La milanese ha spiegato che paga 900 euro.                | Anna Riva
            it | Lo storico Marco Bassi ha detto che i morti furono 300. Per lo studioso, i numeri sono 400.  | Marco Bassi;Marco Bassi
            it | Legambiente ha detto che i fiumi in secca sono 40. Per l'associazione, serve un piano da 3 milioni. | Legambiente;Legambiente
            it | Per il momento, i cantieri aperti sono 12.                                                    | -
            en | The charity Roofline works with families. According to a survey published by the charity, 300 families were homeless. | Roofline
            en | Dale Hurst, 44, denies fraud at Leeds Crown Court. The jury heard that he took £40,000.     | Dale Hurst;Leeds Crown Court
            it | Affitti alle stelle\\n\\nAnna Neri, 30 anni, vive a Roma. «Pago 900 euro», ha detto lei.      | Anna Neri
            it | La Camera ha respinto la mozione con 200 voti.                                               | -
            en | Roads plan\\n\\n- Council pledges £4m for roads\\n\\nThe council said 40 roads would be mended. | Council;Council
            en | Official figures showed 40,000 people were waiting.                                         | -
            en | The Office for National Statistics said 3 million people were waiting. Official figures showed 40,000 more were waiting in May. | Office for National Statistics;Office for National Statistics
            en | The consensus forecast among economists polled by Reuters was for 2.1 per cent growth.       | economists polled by Reuters
            it | Il sindacato: «Sciopero di 8 ore a marzo»\\n\\nIl sindacato Fiom ha proclamato lo sciopero. I lavoratori sono 300. | Fiom;-
            """)
    void extract_readsCuesHeadlinesAndAnaphorsByTheirForm(String lang, String text, String expected) {
        extract_attributesEachClaim(lang, text, expected);
    }

    /**
     * A sentence whose clauses, split at a semicolon, each name a party gives one claim per clause and party; the
     * figures stay with their clause. The first two rows fail on the extractor before this; the last guards a clause
     * without a cue of its own.
     */
    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | Prices rose 3%, says Zoopla; buyers pull back, agents warn.                                   | Zoopla;agents
            it | I prezzi salgono del 4%, dice Nomisma; le compravendite calano, avverte Confedilizia.           | Nomisma;Confedilizia
            en | The council said 40 roads were shut; 12 bridges were closed.                                   | council;council
            """)
    void extract_givesEachClauseItsOwnParty(String lang, String text, String expected) {
        extract_attributesEachClaim(lang, text, expected);
    }

    /**
     * A name read by its parts (each row fails on the extractor before this): letters after a person's name and a
     * party or a title before it are no part of it; a body's name runs over "of", "for" and a list inside it, and a
     * common word opening the sentence may open a body's name; a surname that is a day is the person's; "it" is a body,
     * never a person; an Italian body's lower-case complement may be two, joined by "e".
     */
    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | Jane Roe KC told the jury that the firm had dumped 40 tonnes of waste.                          | Jane Roe
            en | Representative Mark Hollis said the bill would cost $3 billion.                               | Mark Hollis
            en | Republican John Dorsey said 12 states had joined the suit.                                    | John Dorsey
            en | The Federation of Small Firms said 30,000 members had closed.                                 | Federation of Small Firms
            en | The Department for Transport, Energy and Roads said 500 bridges needed repair.                | Department for Transport, Energy and Roads
            en | World Chess Tour said prize money would rise to $2m. The world game is growing.               | World Chess Tour
            en | Jess Monday, who runs the shelter, said 60 dogs were rescued. Monday said 12 more were coming. | Jess Monday;Jess Monday
            en | The trust said 40 sites were closed. Graham Able said 20 volunteers had left. It warned that 12 more could shut. | trust;Graham Able;trust
            it | La Confederazione nazionale dell'artigianato e della piccola impresa ha stimato 40 mila chiusure. | Confederazione nazionale dell'artigianato e della piccola impresa
            """)
    void extract_readsANameByItsParts(String lang, String text, String expected) {
        extract_attributesEachClaim(lang, text, expected);
    }

    /**
     * A headline's role before a quotation, after a topic (each row fails on the extractor before this): the person
     * the article gives that role, by the same word or another for it ("il ct" for the "allenatore", "il ministro" for
     * "il titolare della Salute", "la difesa" for the lawyer); with no one given it, the role as the headline names it.
     */
    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', textBlock = """
            it | Nazionale, il ct: «Pronti per la finale con 23 convocati»\\n\\nL'allenatore della Nazionale, Piero Balzi, ha detto che 4 giocatori sono infortunati. | Piero Balzi;Piero Balzi
            it | Sanità, il ministro: «Assumeremo 4 mila infermieri»\\n\\nIl titolare della Salute, Marco Ferri, ha spiegato che il piano costa 2 miliardi. | Marco Ferri;Marco Ferri
            it | Frode fiscale, la difesa: «Nessun danno da 3 milioni»\\n\\nL'avvocato Carlo Menna ha annunciato ricorso contro la condanna a 4 anni. | Carlo Menna;Carlo Menna
            it | Frode fiscale, la difesa: «Nessun danno da 3 milioni»\\n\\nIl processo riprende tra 2 settimane. | difesa;-
            """)
    void extract_resolvesAHeadlinesRoleToWhomTheArticleGivesIt(String lang, String text, String expected) {
        extract_attributesEachClaim(lang, text, expected);
    }

    /**
     * Who is not a source, and a speaker carried (each row fails on the extractor before this): a headline's topic of
     * several words before a colon and no quotation, which the article does not name again; the object of a
     * preposition opening the sentence, or a time adverb, before a cue; a quotation opened after a quoted sentence of
     * the same speaker that runs on past its sentence; a name after a title's holder and a past verb is the verb's
     * object, not the holder ("Judge Mary Holt sentenced Dan Cole": "the judge" is Mary Holt).
     */
    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', textBlock = """
            it | Coppa del mondo: la Nazionale vola in finale con 3 gol                                        | -
            it | In aula ha contestato l'attendibilità delle perizie sui 3 milioni.                            | -
            it | Sui 5 milioni ha contestato l'attendibilità delle perizie.                                    | -
            it | Ieri ha contestato l'Agenzia delle entrate sui 2 milioni.                                     | -
            en | Anna Price, a nurse, said 4 wards would close. "We have 30 nurses left," she said. "Some of them work 60 hours a week.\\n\\n"Nobody listens to us." | Anna Price;Anna Price;Anna Price
            en | Judge Mary Holt sentenced Dan Cole to 4 years. The judge said 3 victims had lost their homes.  | -;Mary Holt
            """)
    void extract_tellsWhoIsNoSourceAndCarriesTheSpeaker(String lang, String text, String expected) {
        extract_attributesEachClaim(lang, text, expected);
    }

    /**
     * Test6's classes of misses, by mechanism, on invented sentences: cue lemmas by class (proposing, resisting,
     * crediting, feeling, results), a participle that modifies the subject's noun, nouns for accounts and counts,
     * and the Italian stance sentence without a verb. Each row but the guards ("-" rows and the document's author)
     * fails on the extractor before them.
     */
    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | Marta Quill credited the recovery to 3 new contracts.                                            | Marta Quill
            en | Oren Vale pushed back on claims that 40 jobs would go.                                           | Oren Vale
            en | Economists have worried that rates of 5 per cent will hurt.                                     | Economists
            en | The mayor has proposed a levy of £2 a night.                                                    | mayor
            en | "We sold 300 tickets in an hour," Dina Crowe laughed.                                           | Dina Crowe
            en | Harlow Foods now expects profit of £20m.                                                        | Harlow Foods
            en | The retailer posted a 5% rise in sales.                                                         | retailer
            it | Il sindaco Luca Ferri ha proposto un bonus da 500 euro.                                         | Luca Ferri
            it | Confcommercio auspica un taglio del 2% delle tasse.                                             | Confcommercio
            it | Le aggressioni denunciate dai medici sono aumentate del 20%.                                    | -
            en | Attacks reported by nurses have risen by 20%.                                                   | -
            it | Il calo, confermato dal ministero, è del 5%.                                                    | ministero
            it | I dati pubblicati dall'Agenas sono chiari: mancano 300 medici.                                  | Agenas
            it | Secondo la ricostruzione della procura, l'uomo ha incassato 2 milioni.                          | procura
            it | Stando ai numeri raccolti dal sindacato Filcams, i precari sono 4.000.                          | Filcams
            it | Il fondo vale 3 miliardi. Più fredda l'Anci.                                                    | -;Anci
            it | La riforma costa 2 miliardi. Scettici gli economisti.                                           | -;economisti
            it | Il piano vale 40 milioni. Di tutt'altro avviso la difesa.                                       | -;difesa
            it | Duro il colpo per le 300 imprese del distretto.                                                 | -
            it | L'export cresce del 6%. Sono le stime diffuse dalla Cna di Biella.                             | Cna di Biella
            it | Un risarcimento da 2 milioni per le famiglie. Sono le richieste avanzate dal pm Carla Vitti.      | Carla Vitti
            en | House prices fell 2% last year. That is the finding of a report by the Halden Institute.       | Halden Institute
            en | Norvik raises its full-year profit target to £300m.                                             | Norvik
            en | Lena Ward puts the cost at £40m.                                                                | Lena Ward
            it | Il gruppo Marelli chiude i primi nove mesi con ricavi a 3 miliardi.                             | Marelli
            it | Tessile Nord alza le stime: l'utile salirà a 40 milioni.                                        | Tessile Nord
            en | The council cut its budget by £2m.                                                              | -
            it | Per le associazioni degli artigiani, la norma costa 300 euro a impresa.                          | associazioni degli artigiani
            it | Per gli analisti di Equita il titolo vale 15 euro.                                               | analisti di Equita
            it | Per i pazienti di Asti, l'attesa è di 40 giorni.                                                 | -
            it | Il Ministero della Salute ha aperto un bando. Secondo le stime del suo ministero, i posti sono 3.000. | Ministero della Salute
            """)
    void extract_readsTest6sClassesByMechanism(String lang, String text, String expected) {
        extract_attributesEachClaim(lang, text, expected);
    }

    /**
     * The review of this session's attribution rules, on invented sentences: each rule keeps to the shape its comment
     * names. A stance's party is the noun right after its article, capitalized in the text ("Netto il calo di Fiat"
     * judges a fall); an English cue before "by" drops its subject only as a participle after a common noun ("Ann Lee
     * says by 2030"); "Per" with a group names the group's members only when they speak as a group, not those a
     * measure is for ("Per gli automobilisti di Torino"); a company's act needs a company ("The couple raised their
     * expectations") and an Italian closing its results ("chiude l'anno in rialzo" is a market's day); a verdict is
     * the court's act, not a report. Each row fails on the extractor before the mend.
     */
    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', textBlock = """
            it | Le vendite sono scese del 4%. Netto il calo di Fiat.                                             | -
            it | Le vendite sono scese del 4%. Netto calo delle vendite di Stellantis.                            | -
            it | Il saldo è di 3 milioni. Negativo il saldo della Lombardia.                                      | -
            en | Ann Lee says by 2030 about 40% of cars will be electric.                                         | Ann Lee
            en | Ann Lee warned by 2030 some 40% of cars would be electric.                                       | Ann Lee
            it | Per gli automobilisti di Torino il pedaggio sale a 3 euro.                                       | -
            it | Per i ciclisti di Milano le piste sono 200 chilometri.                                           | -
            en | The couple raised their expectations to £300,000.                                                | -
            it | Piazza Affari chiude l'anno in rialzo del 12%.                                                   | -
            en | Rates fell 2%. That was the verdict of the jury at Leeds Crown Court.                            | -
            """)
    void extract_keepsEachRuleToTheShapeItsCommentNames(String lang, String text, String expected) {
        extract_attributesEachClaim(lang, text, expected);
    }

    /**
     * The review's findings on names and titles: "Jr" tells a son from his father, two parties; "il titolare" in body
     * text is no minister named before (only a headline's role reads it so); a list after a bank "of" a country, or an
     * Italian ministry, names several bodies, not one (the first body is read too since the list reading of
     * {@link PartyListTest}). An English cue's forms are the ones {@link EnglishInflections} makes ("trimmed", "fretting"), a given
     * doubled past doubling its -ing form too ("quipping"). A day after a word of time is no surname ("Last
     * Monday"); the next row guards the surname after a given name. Each row but the guard fails on the extractor
     * before the mend. The rows after the guard come from a review of those mends: a list inside a ministry's name after
     * "of"; a stance whose party follows a number or an adjective ("i tre sindacati"); "regret" doubles its last letter.
     */
    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | Donald Trump Jr said 40 states had voted. Donald Trump said 12 had not.                         | Donald Trump Jr;Donald Trump
            it | Il ministro Ugo Neri ha parlato del piano. Il titolare ha detto che ha perso 3.000 euro.         | titolare
            en | The Bank of England, Barclays and HSBC said 40 branches would close.                             | Bank of England;Barclays
            it | Il Ministero della Salute, Regioni e Comuni hanno detto che servono 3 miliardi.                  | Ministero della Salute;Regioni
            en | Norvik trimmed its full-year profit target to £300m.                                             | Norvik
            en | Economists are fretting that 30 jobs would go.                                                   | Economists
            en | Ann Vale was quipping that 30 jobs would go.                                                     | Ann Vale
            en | Last Monday said 40 people came.                                                                 | -
            en | Jess Monday said 40 people came. Monday said 12 left.                                            | Jess Monday;Jess Monday
            en | The Ministry of Housing, Communities and Local Government said 40 councils had bid.             | Ministry of Housing, Communities and Local Government
            it | Il fondo vale 3 miliardi. Critici i tre sindacati.                                               | -;tre sindacati
            it | Il fondo vale 3 miliardi. Più cauto il nuovo ministro.                                           | -;nuovo ministro
            en | Ann Vale was regretting that 30 jobs would go.                                                   | Ann Vale
            """)
    void extract_readsNamesAndTitlesAsTheReviewFoundThem(String lang, String text, String expected) {
        extract_attributesEachClaim(lang, text, expected);
    }

    /**
     * Test7's headline, carry and group classes, by mechanism, on invented sentences (each row but the guards, the "-"
     * rows, fails on the extractor before them): an English company headline whose verb acts on a results noun
     * (dividend, profit, guidance), also on a short line with no figure above the first prose; not one whose object is
     * no result ("cuts 300 jobs"); a headline's closing cue with a description and no article ("..., says regulator")
     * for the body the article describes so; not one the article gives no body ("says report"); "l'ad" for the
     * "amministratore delegato" named below, after a topic or not; a cue with its subject left out ("«...», ha detto,")
     * when no one spoke before, for the person mentioned last in its paragraph or the one before, unless a body was
     * named after that person; "Per" and a group for who upholds something ("-isti") of a body, not of a place.
     */
    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | Brenta Foods lifts dividend as sales rise\\n\\nShares closed 2% lower on Monday.                 | Brenta Foods;-
            en | Halvern & Co raises interim dividend to 4p\\n\\nShares closed 2% lower on Monday.                | Halvern & Co;-
            en | Halvern cuts 300 jobs as profits fall\\n\\nShares closed 2% lower on Monday.                     | -
            en | Copper output to fall 10%, says regulator\\n\\nThe Minerals Council, the regulator, said output would fall to 700,000 tonnes. | Minerals Council;Minerals Council
            en | Rents up 7%, says report\\n\\nShares closed 2% lower on Monday.                                  | -;-
            it | L'ad: «Cresceremo del 10% nel 2026»\\n\\nL'amministratore delegato di Norvik, Paolo Sarti, ha detto che il gruppo assumerà 300 persone. | Paolo Sarti;Paolo Sarti
            it | Norvik, l'ad: «Cresceremo del 10% nel 2026»\\n\\nL'amministratore delegato di Norvik, Paolo Sarti, ha detto che il gruppo assumerà 300 persone. | Paolo Sarti;Paolo Sarti
            it | Il sindaco Paolo Riva ha visitato la zona. «Servono 20 milioni», ha detto, visibilmente commosso. | Paolo Riva
            it | Paolo Riva ha visitato la zona.\\n\\n«Servono 20 milioni», ha detto.                            | Paolo Riva
            it | Paolo Riva ha visitato la zona.\\n\\nLe scuole restano chiuse.\\n\\n«Servono 20 milioni», ha detto. | -
            it | Paolo Riva ha visitato la zona. La Regione ha stanziato fondi. «Servono 20 milioni», ha detto. | -
            it | Per gli ambientalisti di Legambiente i fiumi in secca sono 40.                                  | Legambiente
            it | Per i ciclisti di Milano la pista è lunga 3 chilometri.                                         | -
            """)
    void extract_readsHeadlinesCarriedSpeakersAndGroupsOfTest7(String lang, String text, String expected) {
        extract_attributesEachClaim(lang, text, expected);
    }

    /**
     * Test7's pointer, quotation and participle classes, on invented sentences (each row but the guards fails on the
     * extractor before them): "Sono i numeri del rapporto ... di X" and "È la stima di X" point at the sentence before,
     * X a body the text knows or a document's author, not a time or a place the figures are about; a continued
     * quotation closed by a description that names no one ("ha aggiunto il tecnico", "the manager added") stays its
     * speaker's, while a name closing it is a new speaker; an irregular participle after the subject's noun, with its
     * agent and an infinitive before the sentence's own verb, modifies the subject ("Patients told by doctors to wait
     * ... rose"), and a passive with its auxiliary keeps its agent.
     */
    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', textBlock = """
            it | Nel 2025 le frane sono state 300, in aumento del 12%. Sono i numeri del rapporto annuale dell'Ispra. | Ispra
            it | Nel 2025 le frane sono state 300. È la stima di Bankitalia.                                   | Bankitalia
            it | Nel 2025 le frane sono state 300. Sono i dati di ottobre.                                     | -
            it | Nel 2025 le frane sono state 300. Sono i numeri della Lombardia.                              | -
            it | «Abbiamo giocato bene», ha detto l'allenatore Marco Sala. «Il nostro attaccante ha segnato 2 gol.\\n\\n«Ne servono altri 3», ha aggiunto il tecnico. | Marco Sala;Marco Sala;Marco Sala
            it | «Abbiamo giocato bene», ha detto l'allenatore Marco Sala. «Il nostro attaccante ha segnato 2 gol.\\n\\n«Ne servono altri 3», ha aggiunto il presidente del club, Ugo Neri. | Marco Sala;Marco Sala;Ugo Neri
            en | "We played well," said coach Jan de Vries. "Our striker scored 2 goals.\\n\\n"We need 3 more like him," the manager added. | Jan de Vries;Jan de Vries;Jan de Vries
            en | Patients told by doctors to wait more than 18 weeks rose to 3,000.                           | -
            en | Patients told by doctors to wait more than 18 weeks rose to 3,000, the NHS said.             | NHS
            en | Investors were warned by the regulator to expect 3 more failures.                             | regulator
            """)
    void extract_readsPointersContinuedQuotationsAndParticiplesOfTest7(String lang, String text, String expected) {
        extract_attributesEachClaim(lang, text, expected);
    }

    /**
     * Inputs the review of this stop's rules found wrong after them and right before them (each row fails on the
     * extractor between the rules and these mends, and passed at 01c37f4): an irregular past before "by" with no
     * instruction after its agent is the speaker's verb; a short line above the prose with only a name and a colon
     * is page furniture; a plural cue carries no one person; who a measure is for is no group of a body; a possessive
     * name before a colon quotes; a sentence adverb before a list of parties is none of them.
     */
    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | The council said by 2030 the city would need 3,000 homes. | council
            en | Photo: Reuters\\n\\nThe council said 300 homes were flooded. | council
            it | Paolo Riva ha incontrato i residenti. «Servono 20 milioni», hanno detto.                        | -
            it | Per i pensionisti dell'Inps l'assegno sale del 2%.                                             | -
            it | Per i ciclisti di Bergamo la pista è lunga 3 chilometri.                                       | -
            en | Sainsbury's: "Prices will rise 4%"\\n\\nThe chain said 300 stores would close. | Sainsbury's;chain
            it | Tuttavia, Cgil e Uil hanno detto che 300 lavoratori resteranno a casa. | Cgil;Uil
            en | However, Unison and the GMB said 300 nurses had quit.                                           | GMB
            """)
    void extract_keepsWhatWasRightBeforeThisStopsRules(String lang, String text, String expected) {
        extract_attributesEachClaim(lang, text, expected);
    }
}
