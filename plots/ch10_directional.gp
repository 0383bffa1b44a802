# ch10_directional.gp, written by redes. Redraw ch10_directional.png from its data with: gnuplot ch10_directional.gp
set encoding utf8
set terminal pngcairo size 800,560 enhanced font 'DejaVu Sans,11'
set output 'ch10_directional.png'
set datafile separator ','
set title 'Directional derivative at θ_0 = (-4, 1.5): ∂/∂α R̂(θ_0 + αǔ)|_{α=0} = ǔᵀ∇R̂'
set xlabel 'direction of ǔ = (cos φ, sin φ): φ [degrees]'
set ylabel 'slope along ǔ'
set grid
set key bottom left box opaque
set xrange [0:360]
set xtics 45
plot 'ch10_directional.csv' index 0 using 1:2 with lines lw 2 lc rgb 'black' title 'ǔᵀ∇R̂(θ_0)', \
     'ch10_directional.csv' index 1 using 1:2 with points pt 7 ps 1 lc rgb '#d62728' title '(R̂(θ_0 + hǔ) − R̂(θ_0 − hǔ))/2h', \
     'ch10_directional.csv' index 2 using 1:2 with points pt 9 ps 2.5 lc rgb '#1f77b4' title 'ǔ = −∇R̂/‖∇R̂‖: slope −‖∇R̂‖'
set output
