<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AppConfig</name>
    <message>
        <source>If you are in danger, or you might hurt yourself, call 911 now. The 988 Lifeline is free and private, day and night, by call or text.</source>
        <translation>Si estás en peligro, o si podrías hacerte daño, llama al 911 ahora. La línea 988 es gratis y privada, de día y de noche, por llamada o mensaje de texto.</translation>
    </message>
    <message>
        <source>Tell the front desk. Someone will help you right away.</source>
        <translation>Avísale a la recepción. Alguien te ayudará enseguida.</translation>
    </message>
    <message>
        <source>Emergency services</source>
        <translation>Servicios de emergencia</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Llama al</translation>
    </message>
    <message>
        <source>988 Suicide &amp; Crisis Lifeline</source>
        <translation>988 Línea de Prevención del Suicidio y Crisis</translation>
    </message>
    <message>
        <source>Call or text</source>
        <translation>Llama o manda un texto al</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <source>Haven</source>
        <translation>Haven</translation>
    </message>
    <message>
        <source>Take a moment for yourself</source>
        <translation>Tómate un momento para ti</translation>
    </message>
    <message>
        <source>A few quiet minutes while you wait. Tap anywhere to begin.</source>
        <translation>Unos minutos de calma mientras esperas. Toca en cualquier lugar para empezar.</translation>
    </message>
    <message>
        <source>Begin</source>
        <translation>Empezar</translation>
    </message>
</context>
<context>
    <name>BodyMapView</name>
    <message>
        <source>Arm on the left</source>
        <translation>Brazo de la izquierda</translation>
    </message>
    <message>
        <source>Arm on the right</source>
        <translation>Brazo de la derecha</translation>
    </message>
    <message>
        <source>Leg on the left</source>
        <translation>Pierna de la izquierda</translation>
    </message>
    <message>
        <source>Leg on the right</source>
        <translation>Pierna de la derecha</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>Cabeza</translation>
    </message>
    <message>
        <source>Chest</source>
        <translation>Pecho</translation>
    </message>
    <message>
        <source>Belly</source>
        <translation>Barriga</translation>
    </message>
    <message>
        <source>Body outline</source>
        <translation>Silueta del cuerpo</translation>
    </message>
    <message>
        <source>Nothing you pick here is kept.</source>
        <translation>Nada de lo que elijas aquí se guarda.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Neck</source>
        <translation>Cuello</translation>
    </message>
    <message>
        <source>Hand on the left</source>
        <translation>Mano de la izquierda</translation>
    </message>
    <message>
        <source>Foot on the left</source>
        <translation>Pie de la izquierda</translation>
    </message>
    <message>
        <source>Hand on the right</source>
        <translation>Mano de la derecha</translation>
    </message>
    <message>
        <source>Foot on the right</source>
        <translation>Pie de la derecha</translation>
    </message>
    <message>
        <source>You picked: %1</source>
        <translation>Elegiste: %1</translation>
    </message>
    <message>
        <source>Nothing picked yet.</source>
        <translation>Todavía no elegiste nada.</translation>
    </message>
</context>
<context>
    <name>BreatheView</name>
    <message>
        <source>Breathe in…</source>
        <translation>Inhala…</translation>
    </message>
    <message>
        <source>A little more…</source>
        <translation>Un poco más…</translation>
    </message>
    <message>
        <source>Hold…</source>
        <translation>Sostén…</translation>
    </message>
    <message>
        <source>Breathe out…</source>
        <translation>Exhala…</translation>
    </message>
    <message>
        <source>How full of breath</source>
        <translation>Cuánto aire tienes</translation>
    </message>
    <message>
        <source>Breath %1 of %2</source>
        <translation>Respiración %1 de %2</translation>
    </message>
</context>
<context>
    <name>CheckInChart</name>
    <message>
        <source>%1 (upset %2)</source>
        <translation>%1 (malestar %2)</translation>
    </message>
    <message>
        <source>%1: before, %2; after, %3.</source>
        <translation>%1: antes, %2; después, %3.</translation>
    </message>
    <message>
        <source>Your check-ins, oldest to newest</source>
        <translation>Tus chequeos, del más antiguo al más reciente</translation>
    </message>
    <message>
        <source>Revved up</source>
        <translation>Agitación</translation>
    </message>
    <message>
        <source>Okay</source>
        <translation>Bien</translation>
    </message>
    <message>
        <source>Shut down</source>
        <translation>Desconexión</translation>
    </message>
</context>
<context>
    <name>CheckInHistory</name>
    <message>
        <source>dddd d MMMM</source>
        <extracomment>A date as QLocale::toString writes it: &quot;Thursday 3 December&quot;; quote literal words.</extracomment>
        <translation>dddd d &apos;de&apos; MMMM</translation>
    </message>
</context>
<context>
    <name>CheckInScreen</name>
    <message>
        <source>After the exercise</source>
        <translation>Después del ejercicio</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Chequeo</translation>
    </message>
    <message>
        <source>How are you now?</source>
        <translation>¿Cómo estás ahora?</translation>
    </message>
    <message>
        <source>How are you, right now?</source>
        <translation>¿Cómo estás en este momento?</translation>
    </message>
    <message>
        <source>How strong is the upset? (You can leave this out.)</source>
        <translation>¿Qué tan fuerte es el malestar? (Puedes dejarlo sin responder.)</translation>
    </message>
    <message>
        <source>You feel %1.</source>
        <translation>Te sientes %1.</translation>
    </message>
    <message>
        <source>See how it went</source>
        <translation>Ver cómo te fue</translation>
    </message>
    <message>
        <source>Show me what might help</source>
        <translation>Muéstrame qué podría ayudar</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Saltar</translation>
    </message>
    <message>
        <source>Tap the bar where you feel you are, or choose how strong the upset is. Either is enough. There is no wrong answer, and you can skip this.</source>
        <translation>Toca la barra donde sientes que estás, o elige qué tan fuerte es el malestar. Con uno basta. No hay respuestas incorrectas, y puedes saltarte esto.</translation>
    </message>
    <message>
        <source>Move the marker with the up and down arrow keys, or choose how strong the upset is. Either is enough. There is no wrong answer, and you can skip this.</source>
        <translation>Mueve la marca con las flechas hacia arriba y hacia abajo, o elige qué tan fuerte es el malestar. Con uno basta. No hay respuestas incorrectas, y puedes saltarte esto.</translation>
    </message>
</context>
<context>
    <name>ColumnChart</name>
    <message>
        <source>runs</source>
        <translation>usos</translation>
    </message>
</context>
<context>
    <name>DashboardScreen</name>
    <message>
        <source>%1 completed</source>
        <translation>%1 completados</translation>
    </message>
    <message>
        <source>distress change: fewer than 11 runs with both check-ins</source>
        <translation>cambio en el malestar: menos de 11 usos con ambos chequeos</translation>
    </message>
    <message>
        <source>distress %1 (n&#xa0;=&#xa0;%2)</source>
        <translation>malestar %1 (n&#xa0;=&#xa0;%2)</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Uso</translation>
    </message>
    <message>
        <source>Anonymous totals from this device. Any figure from fewer than 11 runs shows as &quot;fewer than 11&quot;, so no one can be picked out.</source>
        <translation>Totales anónimos de este equipo. Cualquier cifra de menos de 11 usos aparece como «menos de 11», para que nadie pueda ser identificado.</translation>
    </message>
    <message>
        <source>Usage log</source>
        <translation>Registro de uso</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Últimos 12 meses</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Every mode</source>
        <translation>Todos los modos</translation>
    </message>
    <message>
        <source>Waiting room</source>
        <translation>Sala de espera</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>En casa</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation>Exportar como CSV</translation>
    </message>
    <message>
        <source>Saves these figures as a CSV file</source>
        <translation>Guarda estas cifras en un archivo CSV</translation>
    </message>
    <message>
        <source>USB stick %1</source>
        <translation>Memoria USB %1</translation>
    </message>
    <message>
        <source>Saves to %1</source>
        <translation>Se guarda en %1</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Contando…</translation>
    </message>
    <message>
        <source>Figures appear when there are 11 runs. There are fewer in this range so far, and from so few someone could be picked out.</source>
        <translation>Las cifras aparecen cuando hay 11 usos. Por ahora hay menos en este período, y con tan pocos alguien podría ser identificado.</translation>
    </message>
    <message>
        <source>runs</source>
        <translation>usos</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>completados</translation>
    </message>
    <message>
        <source>average change in distress, after − before</source>
        <translation>cambio promedio en el malestar, después − antes</translation>
    </message>
    <message>
        <source>(n&#xa0;=&#xa0;%1)</source>
        <translation>(n&#xa0;=&#xa0;%1)</translation>
    </message>
    <message>
        <source>Runs by exercise</source>
        <translation>Usos por ejercicio</translation>
    </message>
    <message>
        <source>Runs by the hour they ended</source>
        <translation>Usos por la hora en que terminaron</translation>
    </message>
    <message>
        <source>Runs by day of the week</source>
        <translation>Usos por día de la semana</translation>
    </message>
    <message>
        <source>Before and after</source>
        <translation>Antes y después</translation>
    </message>
    <message>
        <source>Where people placed themselves against their window of tolerance, in the check-ins they chose to give before and after an exercise.</source>
        <translation>Dónde se ubicaron las personas respecto a su ventana de tolerancia, en los chequeos que eligieron hacer antes y después de un ejercicio.</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>From before to after</source>
        <translation>De antes a después</translation>
    </message>
    <message>
        <source>Runs with a check-in both before and after: where people were, and where they went.</source>
        <translation>Usos con un chequeo antes y otro después: dónde estaban las personas y hacia dónde fueron.</translation>
    </message>
    <message>
        <source>Runs by language</source>
        <translation>Usos por idioma</translation>
    </message>
</context>
<context>
    <name>DateStepper</name>
    <message>
        <source>a month earlier</source>
        <translation>un mes antes</translation>
    </message>
    <message>
        <source>a day earlier</source>
        <translation>un día antes</translation>
    </message>
    <message>
        <source>a day later</source>
        <translation>un día después</translation>
    </message>
    <message>
        <source>a month later</source>
        <translation>un mes después</translation>
    </message>
</context>
<context>
    <name>DisplaySheet</name>
    <message>
        <source>Display and sound</source>
        <translation>Pantalla y sonido</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Tamaño del texto</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>Less movement</source>
        <translation>Menos movimiento</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <source>Sound when an exercise starts</source>
        <translation>Sonido al empezar un ejercicio</translation>
    </message>
    <message>
        <source>These go back to the usual when you leave.</source>
        <translation>Todo vuelve a lo habitual cuando te vas.</translation>
    </message>
    <message>
        <source>Haven starts from this computer&apos;s own display settings; what you choose here is kept for next time.</source>
        <translation>Haven empieza con los ajustes de pantalla de esta computadora; lo que elijas aquí se guarda para la próxima vez.</translation>
    </message>
    <message>
        <source>What you choose here is kept for next time.</source>
        <translation>Lo que elijas aquí se guarda para la próxima vez.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Back to the usual</source>
        <translation>Volver a lo habitual</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
</context>
<context>
    <name>DistressScale</name>
    <message>
        <source>calm</source>
        <translation>calma</translation>
    </message>
    <message>
        <source>quite upset</source>
        <translation>bastante malestar</translation>
    </message>
    <message>
        <source>the worst it gets</source>
        <translation>lo peor posible</translation>
    </message>
    <message>
        <source>%1 of 10</source>
        <translation>%1 de 10</translation>
    </message>
    <message>
        <source>How strong is the upset, from 0 to 10?</source>
        <translation>¿Qué tan fuerte es el malestar, de 0 a 10?</translation>
    </message>
    <message>
        <source>not chosen yet</source>
        <translation>sin elegir todavía</translation>
    </message>
    <message>
        <source>0 is calm, 5 is quite upset, 10 is the worst it gets.</source>
        <translation>0 es calma, 5 es bastante malestar, 10 es lo peor posible.</translation>
    </message>
</context>
<context>
    <name>DrawView</name>
    <message>
        <source>Drawing area</source>
        <translation>Área para dibujar</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Colores</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Clear the drawing</source>
        <translation>Borrar el dibujo</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Undo the last stroke</source>
        <translation>Deshacer el último trazo</translation>
    </message>
    <message>
        <source>Bring the drawing back</source>
        <translation>Recuperar el dibujo</translation>
    </message>
    <message>
        <source>Pen</source>
        <translation>Lápiz</translation>
    </message>
    <message>
        <source>Thin</source>
        <translation>Fino</translation>
    </message>
    <message>
        <source>Thin pen</source>
        <translation>Lápiz fino</translation>
    </message>
    <message>
        <source>Thick</source>
        <translation>Grueso</translation>
    </message>
    <message>
        <source>Thick pen</source>
        <translation>Lápiz grueso</translation>
    </message>
</context>
<context>
    <name>ExerciseCard</name>
    <message>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <source>Start %1</source>
        <translation>Empezar %1</translation>
    </message>
    <message>
        <source>About it</source>
        <translation>De qué se trata</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>Sobre %1</translation>
    </message>
    <message numerus="yes">
        <source>About %n minute(s)</source>
        <translation>
            <numerusform>Alrededor de %n minuto</numerusform>
            <numerusform>Alrededor de %n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>About %1, about %n minute(s)</source>
        <translation>
            <numerusform>Sobre %1, alrededor de %n minuto</numerusform>
            <numerusform>Sobre %1, alrededor de %n minutos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExerciseScreen</name>
    <message>
        <source>Exercise</source>
        <translation>Ejercicio</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Take all the time you need. Nothing moves on until you are ready.</source>
        <translation>Tómate todo el tiempo que necesites. Nada avanza hasta que tú quieras.</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Seguir</translation>
    </message>
    <message>
        <source>We could not find this exercise</source>
        <translation>No encontramos este ejercicio</translation>
    </message>
    <message>
        <source>It may have been moved or renamed. You can choose another exercise.</source>
        <translation>Quizás lo movieron o le cambiaron el nombre. Puedes elegir otro ejercicio.</translation>
    </message>
    <message>
        <source>Choose an exercise</source>
        <translation>Elige un ejercicio</translation>
    </message>
    <message>
        <source>Sound off</source>
        <translation>Sin sonido</translation>
    </message>
    <message>
        <source>Sound on</source>
        <translation>Con sonido</translation>
    </message>
    <message>
        <source>Sound is off. Turn it on</source>
        <translation>El sonido está apagado. Encenderlo</translation>
    </message>
    <message>
        <source>Sound is on. Turn it off</source>
        <translation>El sonido está encendido. Apagarlo</translation>
    </message>
    <message>
        <source>Less than a minute left</source>
        <translation>Queda menos de un minuto</translation>
    </message>
    <message>
        <source>How far along the exercise is</source>
        <translation>Cuánto avanzó el ejercicio</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Saltar</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>Paso anterior</translation>
    </message>
    <message>
        <source>Skip this step</source>
        <translation>Saltar este paso</translation>
    </message>
    <message>
        <source>End the exercise</source>
        <translation>Terminar el ejercicio</translation>
    </message>
    <message>
        <source>End this exercise?</source>
        <translation>¿Terminar este ejercicio?</translation>
    </message>
    <message>
        <source>It is paused. You can go on from where you were, or stop here.</source>
        <translation>Está en pausa. Puedes seguir desde donde estabas, o parar aquí.</translation>
    </message>
    <message>
        <source>Keep going</source>
        <translation>Seguir</translation>
    </message>
    <message>
        <source>End it</source>
        <translation>Terminarlo</translation>
    </message>
    <message numerus="yes">
        <source>About %n min left</source>
        <translation>
            <numerusform>Queda alrededor de %n min</numerusform>
            <numerusform>Quedan alrededor de %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>You can go on reading, or stop here.</source>
        <translation>Puedes seguir leyendo, o parar aquí.</translation>
    </message>
    <message>
        <source>Switch to %1?</source>
        <translation>¿Cambiar a %1?</translation>
    </message>
    <message>
        <source>%1 is paused, with about %2 min to go. Switching ends it here.</source>
        <translation>%1 está en pausa, y le quedan alrededor de %2 min. Si cambias, termina aquí.</translation>
    </message>
    <message>
        <source>Switch</source>
        <translation>Cambiar</translation>
    </message>
    <message>
        <source>Switch to %1</source>
        <translation>Cambiar a %1</translation>
    </message>
    <message>
        <source>Keep going with %1</source>
        <translation>Seguir con %1</translation>
    </message>
    <message>
        <source>Skip this sense</source>
        <translation>Saltar este sentido</translation>
    </message>
    <message>
        <source>Resumed</source>
        <translation>Seguimos</translation>
    </message>
</context>
<context>
    <name>ExerciseSheet</name>
    <message>
        <source>Listen to short, calm guidance.</source>
        <translation>Escucha una guía corta y tranquila.</translation>
    </message>
    <message>
        <source>Read short, calm guidance.</source>
        <translation>Lee una guía corta y tranquila.</translation>
    </message>
    <message>
        <source>Breathe along with a slow shape on the screen.</source>
        <translation>Respira al ritmo de una figura lenta en la pantalla.</translation>
    </message>
    <message>
        <source>Notice things around you, one sense at a time, and tap for each.</source>
        <translation>Nota cosas a tu alrededor, un sentido a la vez, y toca por cada una.</translation>
    </message>
    <message>
        <source>Picture a calm, safe place.</source>
        <translation>Imagina un lugar tranquilo y seguro.</translation>
    </message>
    <message>
        <source>Tap where you feel something in your body, and pick words for it.</source>
        <translation>Toca donde sientes algo en tu cuerpo, y elige palabras para eso.</translation>
    </message>
    <message>
        <source>Draw, if you like. Nothing is kept.</source>
        <translation>Dibuja, si quieres. No se guarda nada.</translation>
    </message>
    <message>
        <source>Rest in a quiet moment.</source>
        <translation>Descansa en un momento de calma.</translation>
    </message>
    <message>
        <source>Read a few short pages, at your own pace.</source>
        <translation>Lee unas pocas páginas cortas, a tu propio ritmo.</translation>
    </message>
    <message>
        <source>Eyes open: there is something to look at.</source>
        <translation>Con los ojos abiertos: hay algo que mirar.</translation>
    </message>
    <message>
        <source>Eyes open or closed, as you like.</source>
        <translation>Con los ojos abiertos o cerrados, como prefieras.</translation>
    </message>
    <message>
        <source>A calm voice guides you, with soft sounds you can choose. You can turn the sound off.</source>
        <translation>Una voz tranquila te guía, con sonidos suaves que puedes elegir. Puedes apagar el sonido.</translation>
    </message>
    <message>
        <source>A calm voice guides you. You can turn the sound off.</source>
        <translation>Una voz tranquila te guía. Puedes apagar el sonido.</translation>
    </message>
    <message>
        <source>No sound: the words are on the screen.</source>
        <translation>Sin sonido: las palabras están en la pantalla.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <source>Start %1</source>
        <translation>Empezar %1</translation>
    </message>
    <message>
        <source>Length…</source>
        <translation>Duración…</translation>
    </message>
    <message>
        <source>Choose how long %1 runs</source>
        <translation>Elige cuánto dura %1</translation>
    </message>
    <message>
        <source>★ In favourites: tap to remove</source>
        <translation>★ En favoritos: toca para quitarlo</translation>
    </message>
    <message>
        <source>☆ Add to favourites</source>
        <translation>☆ Agregar a favoritos</translation>
    </message>
    <message>
        <source>%1 is a favourite. Remove it</source>
        <translation>%1 está en favoritos. Quitarlo</translation>
    </message>
    <message>
        <source>Add %1 to favourites</source>
        <translation>Agregar %1 a favoritos</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>What you will do</source>
        <translation>Lo que vas a hacer</translation>
    </message>
    <message numerus="yes">
        <source>About %n minute(s).</source>
        <translation>
            <numerusform>Alrededor de %n minuto.</numerusform>
            <numerusform>Alrededor de %n minutos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportPlaces</name>
    <message>
        <source>the USB stick %1 (%2)</source>
        <translation>la memoria USB %1 (%2)</translation>
    </message>
    <message>
        <source>this device, in %1</source>
        <translation>este equipo, en %1</translation>
    </message>
    <message>
        <source>This device</source>
        <translation>Este equipo</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>Need help now?</source>
        <translation>¿Necesitas ayuda ahora?</translation>
    </message>
    <message>
        <source>It sounds really hard right now. You do not have to get through this alone.</source>
        <translation>Parece que esto es muy difícil ahora. No tienes que pasarlo a solas.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Try a grounding exercise now</source>
        <translation>Prueba ahora un ejercicio para volver al presente</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>HistoryScreen</name>
    <message>
        <source>My check-ins</source>
        <translation>Mis chequeos</translation>
    </message>
    <message>
        <source>How you have been</source>
        <translation>Cómo has estado</translation>
    </message>
    <message>
        <source>Nothing here yet. When you check in before and after an exercise, you will see both here, day by day.</source>
        <translation>Aquí no hay nada todavía. Cuando hagas un chequeo antes y después de un ejercicio, verás los dos aquí, día por día.</translation>
    </message>
    <message>
        <source>A ring is where you were before; a dot is where you were after. Tap one, or use the arrow keys, to read it.</source>
        <translation>Un anillo es donde estabas antes; un punto es donde estabas después. Toca uno, o usa las flechas del teclado, para leerlo.</translation>
    </message>
    <message>
        <source>Kept only on this device. Nobody else sees it, and it is never sent anywhere.</source>
        <translation>Se guarda solo en este equipo. Nadie más lo ve, y nunca se envía a ningún lugar.</translation>
    </message>
    <message>
        <source>Delete my history</source>
        <translation>Borrar mi historial</translation>
    </message>
    <message>
        <source>Delete your check-ins?</source>
        <translation>¿Borrar tus chequeos?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Keep them</source>
        <translation>Conservarlos</translation>
    </message>
    <message numerus="yes">
        <source>%n exercise(s) with a check-in before and after.</source>
        <translation>
            <numerusform>Un ejercicio con un chequeo antes y después.</numerusform>
            <numerusform>%n ejercicios con un chequeo antes y después.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>They were on %n day(s).</source>
        <translation>
            <numerusform>Todos en un mismo día.</numerusform>
            <numerusform>Fueron en %n días distintos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>After %n of them you were nearer the middle of your window than before.</source>
        <translation>
            <numerusform>Después de %n de ellos estabas más cerca del centro de tu ventana que antes.</numerusform>
            <numerusform>Después de %n de ellos estabas más cerca del centro de tu ventana que antes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n of them will be gone from this device for good. Your favourites stay.</source>
        <translation>
            <numerusform>Se borrará de este equipo para siempre. Tus favoritos se quedan.</numerusform>
            <numerusform>Los %n se borrarán de este equipo para siempre. Tus favoritos se quedan.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Haven</source>
        <translation>Haven</translation>
    </message>
    <message>
        <source>Your favourites</source>
        <translation>Tus favoritos</translation>
    </message>
    <message>
        <source>The ones you marked, to find them quickly.</source>
        <translation>Los que marcaste, para encontrarlos rápido.</translation>
    </message>
    <message>
        <source>Settle</source>
        <translation>Calmarte</translation>
    </message>
    <message>
        <source>For when you feel revved up: racing, tense or on edge.</source>
        <translation>Para cuando sientes agitación: prisa, tensión o nervios.</translation>
    </message>
    <message>
        <source>Wake up</source>
        <translation>Despertar</translation>
    </message>
    <message>
        <source>For when you feel shut down: numb, foggy or far away.</source>
        <translation>Para cuando sientes desconexión: entumecimiento, niebla o lejanía.</translation>
    </message>
    <message>
        <source>Stay present</source>
        <translation>Estar presente</translation>
    </message>
    <message>
        <source>For when you feel okay and want to stay here.</source>
        <translation>Para cuando te sientes bien y quieres quedarte así.</translation>
    </message>
    <message>
        <source>Learn</source>
        <translation>Aprender</translation>
    </message>
    <message>
        <source>Short reads about how the body handles stress.</source>
        <translation>Lecturas cortas sobre cómo el cuerpo maneja el estrés.</translation>
    </message>
    <message>
        <source>This might help right now</source>
        <translation>Esto podría ayudarte ahora</translation>
    </message>
    <message>
        <source>Take a moment for yourself</source>
        <translation>Tómate un momento para ti</translation>
    </message>
    <message>
        <source>Not sure what would help? A short check-in can suggest something. Or choose any exercise below.</source>
        <translation>¿No sabes qué te ayudaría? Un chequeo corto puede sugerirte algo. O elige cualquier ejercicio de abajo.</translation>
    </message>
    <message>
        <source>Check in again</source>
        <translation>Hacer otro chequeo</translation>
    </message>
    <message>
        <source>Check in first</source>
        <translation>Hacer un chequeo primero</translation>
    </message>
    <message>
        <source>My check-ins</source>
        <translation>Mis chequeos</translation>
    </message>
    <message>
        <source>Or choose any exercise below.</source>
        <translation>O elige cualquier ejercicio de abajo.</translation>
    </message>
    <message>
        <source>Or, if you would rather:</source>
        <translation>O, si prefieres:</translation>
    </message>
</context>
<context>
    <name>ImageryView</name>
    <message>
        <source>Ocean</source>
        <translation>Mar</translation>
    </message>
    <message>
        <source>Rain</source>
        <translation>Lluvia</translation>
    </message>
    <message>
        <source>Forest</source>
        <translation>Bosque</translation>
    </message>
    <message>
        <source>Quiet</source>
        <translation>Silencio</translation>
    </message>
    <message>
        <source>Sound for your place</source>
        <translation>Sonido para tu lugar</translation>
    </message>
</context>
<context>
    <name>KeyboardPanel</name>
    <message>
        <source>On-screen keyboard</source>
        <translation>Teclado en pantalla</translation>
    </message>
    <message>
        <source>Hide keyboard</source>
        <translation>Ocultar el teclado</translation>
    </message>
    <message>
        <source>Puts the on-screen keyboard away; tap the text to bring it back</source>
        <translation>Guarda el teclado en pantalla; toca el texto para que vuelva</translation>
    </message>
</context>
<context>
    <name>LanguageSwitch</name>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
</context>
<context>
    <name>LengthDialog</name>
    <message>
        <source>How long for %1?</source>
        <translation>¿Cuánto tiempo para %1?</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Its own length is %1 min. The words stay the same; only the quiet time changes.</source>
        <translation>Su duración propia es de %1 min. Las palabras son las mismas; solo cambia el tiempo de silencio.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <source>Start, %1</source>
        <translation>Empezar, %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Haven</source>
        <translation>Haven</translation>
    </message>
    <message>
        <source>%1 – Haven</source>
        <translation>%1 – Haven</translation>
    </message>
</context>
<context>
    <name>NumberStepper</name>
    <message>
        <source>Less</source>
        <translation>Menos</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Más</translation>
    </message>
</context>
<context>
    <name>PauseView</name>
    <message>
        <source>How far along the pause is</source>
        <translation>Cuánto avanzó la pausa</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Staff only</source>
        <translation>Solo para el personal</translation>
    </message>
    <message>
        <source>No staff PIN is set on this kiosk, so it cannot be opened here. To set one, run on this computer: haven --set-pin --config %1</source>
        <translation>Este quiosco no tiene un PIN del personal, así que no se puede abrir aquí. Para poner uno, ejecuta en esta computadora: haven --set-pin --config %1</translation>
    </message>
    <message>
        <source>Checking the PIN…</source>
        <translation>Revisando el PIN…</translation>
    </message>
    <message>
        <source>Enter the staff PIN.</source>
        <translation>Escribe el PIN del personal.</translation>
    </message>
    <message>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <source>Delete a digit</source>
        <translation>Borrar un dígito</translation>
    </message>
    <message>
        <source>Clear all digits</source>
        <translation>Borrar todos los dígitos</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <translation>
            <numerusform>Demasiados PIN incorrectos. Intenta de nuevo en %n segundo.</numerusform>
            <numerusform>Demasiados PIN incorrectos. Intenta de nuevo en %n segundos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>That PIN is not right. %n tries left before a pause.</source>
        <translation>
            <numerusform>Ese PIN no es correcto. Queda %n intento antes de una pausa.</numerusform>
            <numerusform>Ese PIN no es correcto. Quedan %n intentos antes de una pausa.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n digit(s) entered</source>
        <translation>
            <numerusform>%n dígito escrito</numerusform>
            <numerusform>%n dígitos escritos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgressLine</name>
    <message>
        <source>%1 percent</source>
        <translation>%1 por ciento</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>The narration is spoken by RHVoice (Olga Yakovleva, LGPL-2.1 or later) in its slt and bdl voices, which learned from the CMU ARCTIC speech databases recorded at Carnegie Mellon University&apos;s Language Technologies Institute.</source>
        <translation>La narración la dice RHVoice (Olga Yakovleva, LGPL-2.1 o posterior) con sus voces slt y bdl, que aprendieron de las bases de datos de habla CMU ARCTIC, grabadas en el Language Technologies Institute de Carnegie Mellon University.</translation>
    </message>
    <message>
        <source>Above the window</source>
        <translation>Por encima de la ventana</translation>
    </message>
    <message>
        <source>Below the window</source>
        <translation>Por debajo de la ventana</translation>
    </message>
    <message>
        <source>Inside the window</source>
        <translation>Dentro de la ventana</translation>
    </message>
    <message>
        <source>above</source>
        <translation>encima</translation>
    </message>
    <message>
        <source>below</source>
        <translation>debajo</translation>
    </message>
    <message>
        <source>inside</source>
        <translation>dentro</translation>
    </message>
</context>
<context>
    <name>ReadView</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Página siguiente</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Página anterior</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>Paso anterior</translation>
    </message>
</context>
<context>
    <name>Recommender</name>
    <message>
        <source>A gentle place to start when everything feels like too much.</source>
        <translation>Un lugar suave para empezar cuando todo se siente como demasiado.</translation>
    </message>
    <message>
        <source>You feel revved up. This helps the body settle.</source>
        <translation>Sientes agitación. Esto ayuda a que el cuerpo se calme.</translation>
    </message>
    <message>
        <source>You feel far away. Noticing the room around you can bring you back.</source>
        <translation>Te sientes lejos. Notar el lugar a tu alrededor puede traerte de vuelta.</translation>
    </message>
    <message>
        <source>You feel shut down. This can help you wake up, gently.</source>
        <translation>Sientes desconexión. Esto puede ayudarte a despertar, con suavidad.</translation>
    </message>
    <message>
        <source>You feel okay. This can help you stay here.</source>
        <translation>Te sientes bien. Esto puede ayudarte a quedarte así.</translation>
    </message>
    <message>
        <source>You have room to think. A short read about how stress works.</source>
        <translation>Tienes espacio para pensar. Una lectura corta sobre cómo funciona el estrés.</translation>
    </message>
</context>
<context>
    <name>SayView</name>
    <message>
        <source>How far along this step is</source>
        <translation>Cuánto avanzó este paso</translation>
    </message>
</context>
<context>
    <name>SensesView</name>
    <message>
        <source>%1 of %2 noticed</source>
        <translation>%1 de %2 notados</translation>
    </message>
    <message>
        <source>I noticed one</source>
        <translation>Noté uno</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Next sense</source>
        <translation>Siguiente sentido</translation>
    </message>
    <message>
        <source>Sense %1 of %2</source>
        <translation>Sentido %1 de %2</translation>
    </message>
</context>
<context>
    <name>SessionScreen</name>
    <message>
        <source>Settle</source>
        <translation>Calmarte</translation>
    </message>
    <message>
        <source>Wake up</source>
        <translation>Despertar</translation>
    </message>
    <message>
        <source>Stay present</source>
        <translation>Estar presente</translation>
    </message>
    <message>
        <source>Learn</source>
        <translation>Aprender</translation>
    </message>
    <message>
        <source>Choose an exercise</source>
        <translation>Elige un ejercicio</translation>
    </message>
    <message>
        <source>About %1 min</source>
        <translation>Alrededor de %1 min</translation>
    </message>
    <message>
        <source>Tap one on the left, set its length, then Start.</source>
        <translation>Toca uno a la izquierda, elige su duración y luego Empezar.</translation>
    </message>
    <message>
        <source>Tap one above, set its length, then Start.</source>
        <translation>Toca uno arriba, elige su duración y luego Empezar.</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>It takes as long as it takes to read: about %1 min.</source>
        <translation>Dura lo que tardes en leerlo: alrededor de %1 min.</translation>
    </message>
    <message>
        <source>Check in before and after</source>
        <translation>Chequeo antes y después</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <source>Start %1</source>
        <translation>Empezar %1</translation>
    </message>
    <message>
        <source>Start (choose an exercise first)</source>
        <translation>Empezar (primero elige un ejercicio)</translation>
    </message>
    <message>
        <source>At least %1 min: shorter would cut its words.</source>
        <translation>Al menos %1 min: más corto cortaría sus palabras.</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>Could not save to %1: %2. These settings last until Haven restarts.</source>
        <translation>No se pudo guardar en %1: %2. Estos ajustes duran hasta que Haven se reinicie.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Ask &quot;Are you still there?&quot; after no touch for</source>
        <translation>Preguntar «¿Sigues ahí?» si nadie toca la pantalla durante</translation>
    </message>
    <message>
        <source>Sound when an exercise starts</source>
        <translation>Sonido al empezar un ejercicio</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Encendido</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Apagado</translation>
    </message>
    <message>
        <source>Voice of the narration, for every visitor</source>
        <translation>Voz de la narración, para cada visitante</translation>
    </message>
    <message>
        <source>Voice of the narration</source>
        <translation>Voz de la narración</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Tamaño del texto</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>Less movement</source>
        <translation>Menos movimiento</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <source>Exercises on offer</source>
        <translation>Ejercicios disponibles</translation>
    </message>
    <message>
        <source>Those not chosen do not show on the home screen or as suggestions.</source>
        <translation>Los que no elijas no aparecen en la pantalla de inicio ni como sugerencias.</translation>
    </message>
    <message>
        <source>What &quot;Need help now?&quot; says</source>
        <translation>Lo que dice «¿Necesitas ayuda ahora?»</translation>
    </message>
    <message>
        <source>On a kiosk the front-desk line is shown above these words.</source>
        <translation>En un quiosco, la línea de la recepción aparece arriba de estas palabras.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n segundo</numerusform>
            <numerusform>%n segundos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StaffScreen</name>
    <message>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modo</translation>
    </message>
    <message>
        <source>Configuration files</source>
        <translation>Archivos de configuración</translation>
    </message>
    <message>
        <source>%1 (the clinic&apos;s, read first)
%2 (where Settings save)</source>
        <translation>%1 (el de la clínica, se lee primero)
%2 (donde se guardan los Ajustes)</translation>
    </message>
    <message>
        <source>Usage log</source>
        <translation>Registro de uso</translation>
    </message>
    <message>
        <source>Exercise folders</source>
        <translation>Carpetas de ejercicios</translation>
    </message>
    <message>
        <source>Voices</source>
        <translation>Voces</translation>
    </message>
    <message>
        <source>Usage figures</source>
        <translation>Cifras de uso</translation>
    </message>
    <message>
        <source>Opens the anonymous usage dashboard</source>
        <translation>Abre el panel anónimo de uso</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Exit Haven</source>
        <translation>Salir de Haven</translation>
    </message>
    <message>
        <source>Exit Haven? The kiosk shows nothing until Haven is started again.</source>
        <translation>¿Salir de Haven? El quiosco no muestra nada hasta que Haven se abra de nuevo.</translation>
    </message>
    <message>
        <source>Stay</source>
        <translation>Quedarme</translation>
    </message>
    <message>
        <source>No staff PIN is set, so this menu cannot be opened on the kiosk itself. Set one as root with: haven --set-pin (it goes into %1)</source>
        <translation>No hay un PIN del personal, así que este menú no se puede abrir en el quiosco. Pon uno como root con: haven --set-pin (se guarda en %1)</translation>
    </message>
    <message>
        <source>Configuration problems</source>
        <translation>Problemas de configuración</translation>
    </message>
    <message>
        <source>None. Every setting was read as written.</source>
        <translation>Ninguno. Cada ajuste se leyó tal como está escrito.</translation>
    </message>
    <message>
        <source>Exercise files</source>
        <translation>Archivos de ejercicios</translation>
    </message>
    <message numerus="yes">
        <source>All %n exercises loaded without a problem.</source>
        <translation>
            <numerusform>El ejercicio se cargó sin problemas.</numerusform>
            <numerusform>Los %n ejercicios se cargaron sin problemas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StillThereDialog</name>
    <message>
        <source>Are you still there?</source>
        <translation>¿Sigues ahí?</translation>
    </message>
    <message>
        <source>I&apos;m still here</source>
        <translation>Sigo aquí</translation>
    </message>
    <message numerus="yes">
        <source>If not, Haven will start over for the next person in %n second(s).</source>
        <translation>
            <numerusform>Si no, Haven volverá a empezar para la próxima persona en %n segundo.</numerusform>
            <numerusform>Si no, Haven volverá a empezar para la próxima persona en %n segundos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SummaryScreen</name>
    <message>
        <source>Thank you</source>
        <translation>Gracias</translation>
    </message>
    <message>
        <source>Thank you for taking this time.</source>
        <translation>Gracias por tomarte este tiempo.</translation>
    </message>
    <message>
        <source>Where you are now</source>
        <translation>Dónde estás ahora</translation>
    </message>
    <message>
        <source>Before: %1.</source>
        <translation>Antes: %1.</translation>
    </message>
    <message>
        <source>Now: %1.</source>
        <translation>Ahora: %1.</translation>
    </message>
    <message>
        <source>Upset: %1 before, %2 now.</source>
        <translation>Malestar: %1 antes, %2 ahora.</translation>
    </message>
    <message>
        <source>You moved closer to okay: here, able to think and feel. Notice what helped, so you can come back to it.</source>
        <translation>Te acercaste a estar bien: aquí, pudiendo pensar y sentir. Nota qué te ayudó, para que puedas volver a eso.</translation>
    </message>
    <message>
        <source>Whatever you notice is okay. Taking this time still counts.</source>
        <translation>Lo que sea que notes está bien. Tomarte este tiempo igual cuenta.</translation>
    </message>
    <message>
        <source>Another exercise</source>
        <translation>Otro ejercicio</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Terminar</translation>
    </message>
    <message>
        <source>Upset now: %1 of 10.</source>
        <translation>Malestar ahora: %1 de 10.</translation>
    </message>
</context>
<context>
    <name>SwitchRow</name>
    <message>
        <source>On</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <source>Blue</source>
        <translation>Azul</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Verde</translation>
    </message>
    <message>
        <source>Amber</source>
        <translation>Ámbar</translation>
    </message>
    <message>
        <source>Rose</source>
        <translation>Rosa</translation>
    </message>
    <message>
        <source>Lavender</source>
        <translation>Lavanda</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>‹ Back</source>
        <translation>‹ Atrás</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Aa</source>
        <translation>Aa</translation>
    </message>
    <message>
        <source>Display and sound</source>
        <translation>Pantalla y sonido</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>Need help now?</source>
        <translation>¿Necesitas ayuda ahora?</translation>
    </message>
</context>
<context>
    <name>UsageLog</name>
    <message>
        <source>The usage log is not open.</source>
        <translation>El registro de uso no está abierto.</translation>
    </message>
</context>
<context>
    <name>UsageReport</name>
    <message>
        <source>Saved to %1</source>
        <translation>Guardado en %1</translation>
    </message>
    <message>
        <source>The report was not saved: %1</source>
        <translation>El informe no se guardó: %1</translation>
    </message>
    <message>
        <source>Counted over whole weeks, so no one visit can be worked out: %1 to %2</source>
        <translation>Contado por semanas completas, para que no se pueda deducir ninguna visita: del %1 al %2</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <extracomment>A date as QLocale::toString writes it: &quot;Thu 3 Dec 2026&quot;; quote literal words (&apos;de&apos;).</extracomment>
        <translation>ddd d &apos;de&apos; MMM &apos;de&apos; yyyy</translation>
    </message>
</context>
<context>
    <name>VoiceChoice</name>
    <message>
        <source>A woman&apos;s voice</source>
        <translation>Una voz de mujer</translation>
    </message>
    <message>
        <source>A man&apos;s voice</source>
        <translation>Una voz de hombre</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Voz</translation>
    </message>
</context>
<context>
    <name>WindowGauge</name>
    <message>
        <source>not chosen yet</source>
        <translation>sin elegir todavía</translation>
    </message>
    <message>
        <source>very revved up</source>
        <translation>con mucha agitación</translation>
    </message>
    <message>
        <source>quite revved up</source>
        <translation>con bastante agitación</translation>
    </message>
    <message>
        <source>a little revved up</source>
        <translation>con un poco de agitación</translation>
    </message>
    <message>
        <source>okay, toward revved up</source>
        <translation>bien, cerca de la agitación</translation>
    </message>
    <message>
        <source>okay</source>
        <translation>bien</translation>
    </message>
    <message>
        <source>okay, toward shut down</source>
        <translation>bien, cerca de la desconexión</translation>
    </message>
    <message>
        <source>a little shut down</source>
        <translation>con un poco de desconexión</translation>
    </message>
    <message>
        <source>quite shut down</source>
        <translation>con bastante desconexión</translation>
    </message>
    <message>
        <source>very shut down</source>
        <translation>con mucha desconexión</translation>
    </message>
    <message>
        <source>Where are you right now?</source>
        <translation>¿Dónde estás en este momento?</translation>
    </message>
    <message>
        <source>Revved up</source>
        <translation>Agitación</translation>
    </message>
    <message>
        <source>racing, tense, on edge, angry</source>
        <translation>prisa, tensión, nervios, enojo</translation>
    </message>
    <message>
        <source>Okay</source>
        <translation>Bien</translation>
    </message>
    <message>
        <source>here, able to think and feel</source>
        <translation>aquí, puedes pensar y sentir</translation>
    </message>
    <message>
        <source>Shut down</source>
        <translation>Desconexión</translation>
    </message>
    <message>
        <source>numb, foggy, far away, heavy</source>
        <translation>entumecimiento, niebla, lejanía, pesadez</translation>
    </message>
</context>
<context>
    <name>style</name>
    <message>
        <source>New line</source>
        <translation>Nueva línea</translation>
    </message>
    <message>
        <source>Hide keyboard</source>
        <translation>Ocultar el teclado</translation>
    </message>
    <message>
        <source>CAPS</source>
        <translation>MAYÚS</translation>
    </message>
    <message>
        <source>space</source>
        <translation>espacio</translation>
    </message>
</context>
</TS>
